import { Controller, HttpCode, Post, Query, Req, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, Public, RawResponse, UnauthorizedException, type AuthContext } from '@parley/server-core';
import { AuthGuard } from '@parley/server-auth';
import type { Request } from 'express';
import { Observable, interval, map, merge } from 'rxjs';
import { LiveEvents } from './live-events';

const HEARTBEAT_MS = 25_000;

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly live: LiveEvents,
    private readonly guard: AuthGuard,
  ) {}

  @Post('ticket')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A single-use ticket (60 s) for GET /api/events?ticket=… (EventSource cannot send headers)' })
  ticket(@Auth() auth: AuthContext) {
    return this.live.issueTicket(auth.storeId, auth.userId);
  }

  @Sse()
  @Public()
  @RawResponse()
  @ApiOperation({ summary: 'Server-Sent Events for the signed-in store: bulk progress, replies, notifications. Bearer token or ?ticket=' })
  @ApiQuery({ name: 'ticket', required: false })
  @ApiOkResponse({ description: 'text/event-stream; each event has a type (e.g. bulk.progress) and JSON data' })
  async stream(@Req() req: Request, @Query('ticket') ticket?: string): Promise<Observable<MessageEvent>> {
    const storeId = ticket ? (await this.live.redeemTicket(ticket))?.storeId : (await this.guard.authenticate(req))?.storeId;
    if (!storeId) throw new UnauthorizedException(ticket ? 'Ticket unknown, used or expired' : 'Missing bearer token or ticket');
    return merge(
      this.live.forStore(storeId).pipe(map((e): MessageEvent => ({ type: e.type, data: e.data as object }))),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} }))),
    );
  }
}
