import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { APP_CONFIG, BadRequestException, Public, UnauthorizedException, type AppConfig } from '@parley/server-core';
import type { Request } from 'express';
import { DmInbound } from './dm-inbound.service';
import { rawBodyOf, type DmWebhookAnswer } from './instagram-webhook.controller';
import { tiktokEvent, type TiktokEvent } from './tiktok-events';
import { verifyTiktokSignature } from './webhook-signatures';

@ApiTags('webhooks')
@Public()
@Controller('webhooks/tiktok')
export class TiktokWebhookController {
  constructor(
    private readonly inbound: DmInbound,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'TikTok Business Messaging events',
    description:
      'Verified by `Tiktok-Signature: t=<unix seconds>,s=<hex HMAC-SHA256(TIKTOK_APP_SECRET, "<t>.<raw body>")>` with `t` within 5 minutes of now; a missing, wrong or stale signature, or no secret configured, is 401 and changes nothing. An `im_receive_msg` from a creator goes to the store whose TikTok business account (`user_openid`) received it, is matched to the creator by the exact `from_user.id` (19-digit ids are read without rounding), threaded to their outreach, categorised and announced; its `conversation_id` is kept for responses. The same `message_id` is processed once; other events (`im_send_msg`, `im_mark_read_msg`) are acknowledged and ignored.',
  })
  @ApiConsumes('application/json')
  @ApiHeader({ name: 'Tiktok-Signature', required: true, description: 't=<unix seconds>,s=<hex HMAC-SHA256(TIKTOK_APP_SECRET, "<t>.<raw body>")>' })
  @ApiBody({
    schema: {
      type: 'object',
      example: {
        client_key: 'aw1234567890',
        event: 'im_receive_msg',
        create_time: 1767225600,
        user_openid: '-000aBcDeFgHiJkLmN',
        content:
          '{"conversation_id":"conv-1","message_id":7391234567890123456,"type":"text","text":{"body":"Count me in!"},"from_user":{"id":7301234567890123456,"role":"personal_account"},"to_user":{"id":7309876543210987654,"role":"business_account"},"timestamp":1767225600000}',
      },
    },
  })
  @ApiOkResponse({ schema: { example: { success: true, data: { messages: [{ handled: 'reply', outreachId: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f' }] } } } })
  @ApiUnauthorizedResponse({ description: 'Missing, wrong or stale Tiktok-Signature' })
  async receive(@Req() req: Request): Promise<DmWebhookAnswer & { event: string }> {
    const raw = rawBodyOf(req);
    // The wall clock, not the app's Clock: the timestamp is TikTok's, and tests that move time must not make it stale.
    if (!verifyTiktokSignature(this.config.TIKTOK_APP_SECRET, raw, req.headers['tiktok-signature'], Date.now())) {
      throw new UnauthorizedException('Tiktok-Signature is missing, does not match the body, or is older than 5 minutes');
    }
    let event: TiktokEvent;
    try {
      event = tiktokEvent(raw.toString('utf8'));
    } catch {
      throw new BadRequestException('the body is not a JSON object');
    }
    return { event: event.event, messages: event.message ? [await this.inbound.receive(event.message)] : [] };
  }
}
