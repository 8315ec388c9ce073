import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';

const RAW_RESPONSE = 'parley:raw-response';

/** Marks a handler whose response is not JSON data (files, streams, redirects, HTML). */
export const RawResponse = () => SetMetadata(RAW_RESPONSE, true);

/** Wraps every JSON result in the contract's `{success: true, data}` envelope. */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const raw = this.reflector.getAllAndOverride<boolean>(RAW_RESPONSE, [context.getHandler(), context.getClass()]);
    if (raw || context.getType() !== 'http') return next.handle();
    return next.handle().pipe(map((data: unknown) => ({ success: true, data: data ?? null })));
  }
}
