import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, Public, UnauthorizedException, ValidationException, safeEqual, type AppConfig } from '@parley/server-core';
import { SnsVerifier } from '@parley/server-email';
import type { Request } from 'express';
import { InboundMailService, type InboundResult } from './inbound-mail.service';
import { InboundFormatError, readFormFields, sendGridToRaw, sesReceivedToRaw } from './inbound-sources';

@ApiTags('webhooks')
@Public()
@Controller('webhooks/email/inbound')
export class InboundMailController {
  constructor(
    private readonly inbound: InboundMailService,
    private readonly sns: SnsVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Inbound email: a raw RFC 5322 message (message/rfc822), a SendGrid Inbound Parse post (multipart/form-data, fields or raw mode), or an SNS notification of SES receiving',
    description: 'Replies are threaded to their outreach (reply address, In-Reply-To/References, sender), RFC 3464 reports are applied as bounces, anything else is kept as unmatched. The same Message-ID is processed once. With INBOUND_EMAIL_SECRET set, pass it as `?key=` or as the password of HTTP basic auth.',
  })
  @ApiConsumes('message/rfc822', 'multipart/form-data', 'text/plain', 'application/json')
  @ApiQuery({ name: 'key', required: false, description: 'INBOUND_EMAIL_SECRET, when set' })
  @ApiBody({ description: 'The message, the SendGrid post, or the SNS notification', schema: { type: 'string' } })
  @ApiOkResponse({ schema: { example: { success: true, data: { handled: 'reply', outreachId: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f' } } } })
  async receive(@Req() req: Request): Promise<InboundResult | { handled: string }> {
    this.authorise(req);
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    try {
      if (type.startsWith('message/rfc822')) return await this.inbound.receive(this.rawBody(req), 'rfc822');
      if (type.startsWith('multipart/form-data')) return await this.inbound.receive(await sendGridToRaw(await readFormFields(req)), 'sendgrid');
      if (type.startsWith('text/plain') || type.startsWith('application/json')) return await this.fromSns(req.body);
    } catch (error) {
      if (error instanceof InboundFormatError) throw new ValidationException([{ field: 'body', messages: [error.message] }]);
      throw error;
    }
    throw new ValidationException([{ field: 'content-type', messages: ['send message/rfc822, a SendGrid Inbound Parse post (multipart/form-data) or an SNS notification'] }]);
  }

  private async fromSns(body: unknown): Promise<InboundResult | { handled: string }> {
    const message = await this.sns.verifyRequest(body);
    if (message.Type !== 'Notification') return { handled: `ignored: ${message.Type} (subscribe the topic with the SES webhook)` };
    let notification: Parameters<typeof sesReceivedToRaw>[0];
    try {
      notification = JSON.parse(message.Message) as Parameters<typeof sesReceivedToRaw>[0];
    } catch {
      return { handled: 'ignored: Message is not JSON' };
    }
    const raw = sesReceivedToRaw(notification);
    if (!raw) return { handled: 'ignored: not an SES receiving notification with the message content (use an SNS action, not S3)' };
    return this.inbound.receive(raw, 'ses');
  }

  private rawBody(req: Request): Buffer {
    const body: unknown = req.body;
    if (Buffer.isBuffer(body) && body.length) return body;
    throw new InboundFormatError('the message body is empty');
  }

  private authorise(req: Request): void {
    const secret = this.config.INBOUND_EMAIL_SECRET;
    if (!secret) return;
    const key = typeof req.query.key === 'string' ? req.query.key : null;
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const password = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : null;
    if ((key && safeEqual(key, secret)) || (password && safeEqual(password, secret))) return;
    throw new UnauthorizedException('inbound email needs INBOUND_EMAIL_SECRET as ?key= or basic auth');
  }
}
