import { Controller, HttpCode, Injectable, Post, Req, Sse, UseGuards, type CanActivate, type ExecutionContext, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, Public, RawResponse, UnauthorizedException, type AuthContext } from '@parley/server-core';
import { AuthGuard } from '@parley/server-auth';
import type { Request } from 'express';
import { Observable, interval, map, merge, takeUntil } from 'rxjs';
import { LiveEvents } from './live-events';

const HEARTBEAT_MS = 25_000;

/** The stream's request, with the store the guard resolved. */
type StreamRequest = Request & { liveStoreId?: string };

/**
 * Who may open the stream: a bearer token (API clients) or a single-use ticket (EventSource cannot
 * send headers). A guard, so a refusal is a real 401 before the stream's 200 headers go out.
 */
@Injectable()
class EventStreamGuard implements CanActivate {
  constructor(
    private readonly live: LiveEvents,
    private readonly auth: AuthGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<StreamRequest>();
    const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : null;
    const storeId = ticket ? (await this.live.redeemTicket(ticket))?.storeId : (await this.auth.authenticate(req))?.storeId;
    if (!storeId) throw new UnauthorizedException(ticket ? 'Ticket unknown, used or expired' : 'Missing bearer token or ticket');
    req.liveStoreId = storeId;
    return true;
  }
}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly live: LiveEvents) {}

  @Post('ticket')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A single-use ticket (60 s) for GET /api/events?ticket=… (EventSource cannot send headers)' })
  ticket(@Auth() auth: AuthContext) {
    return this.live.issueTicket(auth.storeId, auth.userId);
  }

  @Sse()
  @Public()
  @UseGuards(EventStreamGuard)
  @RawResponse()
  @ApiOperation({ summary: 'Server-Sent Events for the signed-in store: bulk progress, replies, notifications. Bearer token or ?ticket=' })
  @ApiQuery({ name: 'ticket', required: false })
  @ApiOkResponse({ description: 'text/event-stream; each event has a type (e.g. bulk.progress) and JSON data' })
  stream(@Req() req: StreamRequest): Observable<MessageEvent> {
    return merge(
      this.live.forStore(req.liveStoreId!).pipe(map((e): MessageEvent => ({ type: e.type, data: e.data as object }))),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} }))),
    ).pipe(takeUntil(this.live.closed));
  }
}
