import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  BadRequestException,
  ForbiddenException,
  Public,
  RawResponse,
  UnauthorizedException,
  safeEqual,
  type AppConfig,
} from '@parley/server-core';
import { parseJsonKeepingBigIds } from '@parley/server-channels';
import type { Request, Response } from 'express';
import { DmInbound } from './dm-inbound.service';
import type { DmInboundResult } from './inbound-dm';
import { instagramMessages } from './instagram-events';
import { verifyMetaSignature } from './webhook-signatures';

export interface DmWebhookAnswer {
  /** Creators' messages in the delivery, and what became of each (no texts). */
  messages: DmInboundResult[];
}

/** The bytes as sent: create-app gives this path a raw body parser, since the signature is over them. */
export const rawBodyOf = (req: Request): Buffer => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

@ApiTags('webhooks')
@Public()
@Controller('webhooks/instagram')
export class InstagramWebhookController {
  constructor(
    private readonly inbound: DmInbound,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @RawResponse()
  @ApiOperation({
    summary: "Meta's webhook verification handshake",
    description:
      'Meta calls this when the callback URL is saved in the app dashboard: with `hub.mode=subscribe` and `hub.verify_token` equal to INSTAGRAM_VERIFY_TOKEN, the answer is `hub.challenge` as plain text; anything else (or no INSTAGRAM_VERIFY_TOKEN configured) is 403.',
  })
  @ApiQuery({ name: 'hub.mode', example: 'subscribe' })
  @ApiQuery({ name: 'hub.verify_token', description: 'INSTAGRAM_VERIFY_TOKEN', example: 'my-verify-token' })
  @ApiQuery({ name: 'hub.challenge', example: '1158201444' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'hub.challenge echoed', schema: { type: 'string', example: '1158201444' } })
  @ApiForbiddenResponse({ description: 'Wrong or missing verify token' })
  handshake(
    @Res({ passthrough: true }) res: Response,
    @Query('hub.mode') mode?: string,
    @Query('hub.verify_token') token?: string,
    @Query('hub.challenge') challenge?: string,
  ): string {
    const expected = this.config.INSTAGRAM_VERIFY_TOKEN;
    if (!expected || mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string' || !safeEqual(token, expected)) {
      throw new ForbiddenException('the verify token does not match INSTAGRAM_VERIFY_TOKEN');
    }
    // Set here, not by @Header: a 403 above stays the JSON error envelope.
    res.type('text/plain').setHeader('Cache-Control', 'no-store');
    return challenge;
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Instagram message events (Meta webhooks, field `messages`)',
    description:
      'Verified by `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with INSTAGRAM_APP_SECRET); a missing or wrong signature, or no secret configured, is 401 and changes nothing. Each creator message goes to the store whose connected Instagram account received it, is matched to the creator by their Instagram-scoped id (on first contact by username), threaded to their outreach, categorised and announced. Echoes of our own messages and other events are ignored; the same `mid` is processed once.',
  })
  @ApiConsumes('application/json')
  @ApiHeader({ name: 'X-Hub-Signature-256', required: true, description: 'sha256=<hex HMAC-SHA256(INSTAGRAM_APP_SECRET, raw body)>' })
  @ApiBody({
    schema: {
      type: 'object',
      example: {
        object: 'instagram',
        entry: [
          {
            id: '17841400000000001',
            time: 1569262486134,
            messaging: [
              {
                sender: { id: '1234567890123456' },
                recipient: { id: '17841400000000001' },
                timestamp: 1569262485349,
                message: { mid: 'aWdfZAG1faXRlbTox', text: 'Count me in!' },
              },
            ],
          },
        ],
      },
    },
  })
  @ApiOkResponse({ schema: { example: { success: true, data: { messages: [{ handled: 'reply', outreachId: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f' }] } } } })
  @ApiUnauthorizedResponse({ description: 'Missing or wrong X-Hub-Signature-256' })
  async receive(@Req() req: Request): Promise<DmWebhookAnswer> {
    const raw = rawBodyOf(req);
    if (!verifyMetaSignature(this.config.INSTAGRAM_APP_SECRET, raw, req.headers['x-hub-signature-256'])) {
      throw new UnauthorizedException('X-Hub-Signature-256 is missing or does not match the body');
    }
    let body: unknown;
    try {
      body = parseJsonKeepingBigIds(raw.toString('utf8'));
    } catch {
      throw new BadRequestException('the body is not JSON');
    }
    const messages: DmInboundResult[] = [];
    for (const dm of instagramMessages(body)) messages.push(await this.inbound.receive(dm));
    return { messages };
  }
}
