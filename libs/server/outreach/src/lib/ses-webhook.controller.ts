import { Body, Controller, HttpCode, Logger, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@parley/server-core';
import { SnsVerifier, classifyFailure, isSnsUrl, type SnsMessage } from '@parley/server-email';
import { DeliveryReports } from './delivery-reports';
import { isMachineAgent } from './machine-detector';
import { TrackingRecorder } from './tracking-recorder';

interface SesEvent {
  eventType?: string;
  notificationType?: string;
  mail?: { messageId?: string; commonHeaders?: { messageId?: string }; headers?: { name: string; value: string }[] };
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress: string; status?: string; diagnosticCode?: string }[] };
  complaint?: { complainedRecipients?: { emailAddress: string }[]; complaintFeedbackType?: string };
  delivery?: { recipients?: string[]; smtpResponse?: string; timestamp?: string };
  open?: { userAgent?: string; ipAddress?: string; timestamp?: string };
  click?: { userAgent?: string; ipAddress?: string; timestamp?: string; link?: string };
}

@ApiTags('webhooks')
@Public()
@Controller('webhooks/ses')
export class SesWebhookController {
  private readonly logger = new Logger(SesWebhookController.name);

  constructor(
    private readonly verifier: SnsVerifier,
    private readonly reports: DeliveryReports,
    private readonly tracking: TrackingRecorder,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'SNS notifications of SES events (Bounce, Complaint, Delivery, Open, Click); the SNS signature is verified (401 otherwise)' })
  @ApiConsumes('text/plain', 'application/json')
  @ApiBody({ description: 'The SNS message as SNS posts it (Content-Type text/plain, JSON inside)', schema: { type: 'string' } })
  @ApiOkResponse({ description: '{handled: string}' })
  async receive(@Body() body: unknown): Promise<{ handled: string }> {
    const message = await this.verifier.verifyRequest(body);
    if (message.Type === 'SubscriptionConfirmation') return { handled: await this.confirm(message) };
    if (message.Type !== 'Notification') return { handled: message.Type };
    let event: SesEvent;
    try {
      event = JSON.parse(message.Message) as SesEvent;
    } catch {
      return { handled: 'ignored: Message is not JSON' };
    }
    return { handled: await this.apply(event) };
  }

  private async confirm(message: SnsMessage): Promise<string> {
    if (!message.SubscribeURL || !isSnsUrl(message.SubscribeURL)) return 'subscription not confirmed: SubscribeURL is not an Amazon SNS URL';
    const r = await fetch(message.SubscribeURL, { signal: AbortSignal.timeout(10_000), redirect: 'error' }).catch((e: Error) => e);
    if (r instanceof Error || !r.ok) {
      this.logger.warn({ topic: message.TopicArn }, 'SNS subscription confirmation failed');
      return 'subscription confirmation failed';
    }
    this.logger.log({ topic: message.TopicArn }, 'SNS subscription confirmed');
    return 'subscription confirmed';
  }

  private async apply(event: SesEvent): Promise<string> {
    const type = event.eventType ?? event.notificationType ?? 'unknown';
    const headerId = event.mail?.commonHeaders?.messageId ?? event.mail?.headers?.find((h) => h.name.toLowerCase() === 'message-id')?.value ?? null;
    const message = await this.reports.findMessage(event.mail?.messageId ?? null, headerId);
    if (!message) return `ignored: ${type} for a message we did not send`;
    switch (type) {
      case 'Bounce': {
        const permanent = event.bounce?.bounceType === 'Permanent';
        for (const r of event.bounce?.bouncedRecipients ?? []) {
          const diagnostic = r.diagnosticCode ?? `${event.bounce?.bounceType} bounce${r.status ? ` ${r.status}` : ''}`;
          const failure = permanent ? 'hard' : event.bounce?.bounceType === 'Transient' ? 'soft' : classifyFailure(null, `${r.status ?? ''} ${diagnostic}`);
          await this.reports.failure(message, r.emailAddress.toLowerCase(), failure, diagnostic, 'ses');
        }
        return `bounce (${event.bounce?.bounceType ?? 'unknown'})`;
      }
      case 'Complaint':
        for (const r of event.complaint?.complainedRecipients ?? []) await this.reports.complaint(message, r.emailAddress.toLowerCase(), event.complaint?.complaintFeedbackType ?? null, 'ses');
        return 'complaint';
      case 'Delivery':
        await this.reports.delivered(message, { smtpResponse: event.delivery?.smtpResponse, source: 'ses' });
        return 'delivery';
      case 'Open':
      case 'Click': {
        const hit = type === 'Open' ? event.open : event.click;
        this.tracking.record({
          messageId: message.id,
          type: type === 'Open' ? 'opened' : 'clicked',
          at: hit?.timestamp ? new Date(hit.timestamp) : new Date(),
          machine: isMachineAgent(hit?.userAgent),
          userAgent: hit?.userAgent ?? null,
          ip: hit?.ipAddress ?? null,
          url: type === 'Click' ? (event.click?.link ?? null) : null,
        });
        return type.toLowerCase();
      }
      default:
        return `ignored: ${type}`;
    }
  }
}
