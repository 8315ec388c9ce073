import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { classifyFailure, type FailureClass } from './delivery-status';

/** A send that did not go: `failure` says whether to retry (soft), bounce and suppress (hard), or give up (failed). */
export class DeliveryError extends Error {
  constructor(
    readonly failure: FailureClass,
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface DeliveryReceipt {
  /** The provider's id: SES's MessageId, or the SMTP server's reply (it usually names its queue id). */
  providerMessageId: string;
}

interface SmtpError extends Error {
  responseCode?: number;
  response?: string;
  code?: string;
}

/** SES errors that mean "slow down or try later"; everything else the API answers is lasting. */
const SES_TEMPORARY = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'ServiceUnavailable', 'InternalFailure', 'RequestTimeout', 'TimeoutError']);

/**
 * The one way an email leaves: over a pooled SMTP connection (any relay, SendGrid's included) or
 * as the same raw MIME through SES SendRawEmail. DKIM-signs when DKIM_* is set. Providers are
 * connected on first use, so a missing SMTP server or SES account shows up on the send, not at start-up.
 */
@Injectable()
export class EmailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailTransport.name);
  private smtp?: Transporter;
  private ses?: SESClient;
  private rawBuilder?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: SendMailOptions): Promise<DeliveryReceipt> {
    return this.config.EMAIL_TRANSPORT === 'ses' ? this.sendSes(mail) : this.sendSmtp(mail);
  }

  /** The exact bytes a send would put on the wire (DKIM included), for SES and for tests. */
  async raw(mail: SendMailOptions): Promise<Buffer> {
    this.rawBuilder ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows', dkim: this.dkim() });
    const info = await this.rawBuilder.sendMail(mail);
    return info.message as Buffer;
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
    this.ses?.destroy();
  }

  private async sendSmtp(mail: SendMailOptions): Promise<DeliveryReceipt> {
    if (!this.config.SMTP_URL) throw new DeliveryError('failed', 'SMTP_URL is not set: configure the SMTP server in the environment');
    this.smtp ??= nodemailer.createTransport({
      url: this.config.SMTP_URL,
      pool: true,
      maxConnections: this.config.SMTP_POOL_SIZE,
      maxMessages: 1000,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      dkim: this.dkim(),
    });
    try {
      const info = await this.smtp.sendMail(mail);
      // A pooled send to several recipients resolves even when some were refused; we send to one.
      if (info.rejected?.length) throw Object.assign(new Error(String(info.response ?? 'recipient rejected')), { responseCode: 550 });
      return { providerMessageId: String(info.response ?? info.messageId).slice(0, 300) };
    } catch (error) {
      throw toDeliveryError(error as SmtpError);
    }
  }

  private async sendSes(mail: SendMailOptions): Promise<DeliveryReceipt> {
    this.ses ??= new SESClient({
      region: this.config.SES_REGION ?? 'us-east-1',
      endpoint: this.config.SES_ENDPOINT,
      // Retries are the queue's (backoff visible on the dashboard), not hidden inside the SDK.
      maxAttempts: 1,
      ...(this.config.SES_ACCESS_KEY_ID && this.config.SES_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: this.config.SES_ACCESS_KEY_ID, secretAccessKey: this.config.SES_SECRET_ACCESS_KEY } }
        : {}),
    });
    const data = await this.raw(mail);
    try {
      const out = await this.ses.send(new SendRawEmailCommand({ RawMessage: { Data: data } }), { requestTimeout: 30_000 } as never);
      return { providerMessageId: out.MessageId ?? '' };
    } catch (error) {
      const e = error as Error & { $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
      const status = e.$metadata?.httpStatusCode;
      const temporary = SES_TEMPORARY.has(e.name) || Boolean(e.$retryable) || (status !== undefined && status >= 500) || status === undefined;
      this.logger.warn({ err: e.name, status }, 'SES refused a message');
      throw new DeliveryError(temporary ? 'soft' : 'failed', `SES ${e.name}: ${e.message}`);
    }
  }

  private dkim() {
    const { DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY } = this.config;
    if (!DKIM_DOMAIN || !DKIM_SELECTOR || !DKIM_PRIVATE_KEY) return undefined;
    return { domainName: DKIM_DOMAIN, keySelector: DKIM_SELECTOR, privateKey: DKIM_PRIVATE_KEY.replace(/\\n/g, '\n') };
  }
}

function toDeliveryError(error: SmtpError): DeliveryError {
  const code = typeof error.responseCode === 'number' ? error.responseCode : null;
  const text = (error.response ?? error.message ?? '').trim();
  if (code === null) return new DeliveryError('soft', `${error.code ?? 'connection'}: ${text}`);
  return new DeliveryError(classifyFailure(code, text), text.startsWith(String(code)) ? text : `${code} ${text}`);
}
