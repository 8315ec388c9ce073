import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@parley/shared-types';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException, ERROR_STATUS, codeForStatus } from '../errors';

interface Mapped {
  status: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
  headers?: Record<string, string>;
}

/** Postgres SQLSTATEs that are the caller's fault, not ours. */
const PG_ERRORS: Record<string, Omit<Mapped, 'message'> & { message: string }> = {
  '23505': { status: 409, code: 'ALREADY_EXISTS', message: 'A record with these values already exists' },
  '23503': { status: 404, code: 'NOT_FOUND', message: 'A referenced record does not exist' },
  '22P02': { status: 400, code: 'BAD_REQUEST', message: 'A value has the wrong format' },
  '22003': { status: 422, code: 'VALIDATION_FAILED', message: 'A number is out of range' },
  '22001': { status: 422, code: 'VALIDATION_FAILED', message: 'A value is too long' },
};

/**
 * Every error leaves the API in the contract's envelope, with the request id. Internals of
 * unexpected errors are logged, never sent.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const mapped = this.map(exception, req);
    if (mapped.status >= 500) this.logger.error({ err: exception, reqId: req.id }, `${req.method} ${req.originalUrl} failed`);
    if (res.headersSent) return;
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.setHeader(name, value);
    const body: ApiErrorBody = {
      success: false,
      error: { code: mapped.code, message: mapped.message, ...(mapped.details === undefined ? {} : { details: mapped.details }), requestId: req.id },
    };
    res.status(mapped.status).json(body);
  }

  private map(exception: unknown, req: Request): Mapped {
    if (exception instanceof AppException) {
      return { status: ERROR_STATUS[exception.code], code: exception.code, message: exception.message, details: exception.details, headers: exception.headers };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return { status, code: 'NOT_FOUND', message: `No route ${req.method} ${req.path}` };
      // Nest turns the JSON parser's SyntaxError into a bare 400 (our own code throws AppExceptions).
      if (status === 400 && /json/i.test(req.headers['content-type'] ?? '')) return { status, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? exception.message);
      return { status, code: codeForStatus(status), message: status >= 500 ? 'Internal error' : message };
    }
    if (exception instanceof QueryFailedError) {
      const driver = (exception.driverError ?? {}) as { code?: string; column?: string };
      // A null for a column that must have a value: the caller's input, named as the API names it.
      if (driver.code === '23502' && driver.column) {
        const field = driver.column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
        return { status: 422, code: 'VALIDATION_FAILED', message: `${field} must have a value`, details: [{ field, messages: [`${field} must not be null`] }] };
      }
      const known = PG_ERRORS[driver.code ?? ''];
      if (known) return known;
    }
    const bodyParser = exception as { type?: string; status?: number; expose?: boolean; message?: string };
    if (bodyParser?.type === 'entity.too.large') return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
    if (bodyParser?.expose && typeof bodyParser.status === 'number' && bodyParser.status < 500) {
      return { status: bodyParser.status, code: codeForStatus(bodyParser.status), message: bodyParser.message ?? 'Bad request' };
    }
    return { status: 500, code: 'INTERNAL', message: 'Internal error' };
  }
}
