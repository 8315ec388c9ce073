import { X509Certificate, createVerify } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, UnauthorizedException, type AppConfig } from '@parley/server-core';

export interface SnsMessage {
  Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  MessageId: string;
  TopicArn: string;
  Subject?: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  SubscribeURL?: string;
  Token?: string;
  UnsubscribeURL?: string;
}

export class SnsVerificationError extends Error {
  override name = 'SnsVerificationError';
}

/** Fetches a signing certificate (PEM). Replaced only where Amazon's hosts cannot be reached (unit tests). */
export type CertificateFetcher = (url: string) => Promise<string>;
export const SNS_CERTIFICATE_FETCHER = Symbol('SNS_CERTIFICATE_FETCHER');

const CERT_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
const NOTIFICATION_KEYS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
const CONFIRMATION_KEYS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const;
const MAX_AGE_MS = 60 * 60 * 1000;
const CERT_TTL_MS = 24 * 60 * 60 * 1000;

const fetchCertificate: CertificateFetcher = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'error' });
  if (!response.ok) throw new SnsVerificationError(`signing certificate answered ${response.status}`);
  return response.text();
};

/** Whether a URL is an Amazon SNS endpoint we may call (certificates, subscription confirmation). */
export function isSnsUrl(value: string, pathSuffix?: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.port && CERT_HOST.test(url.hostname) && (!pathSuffix || url.pathname.endsWith(pathSuffix));
  } catch {
    return false;
  }
}

/**
 * Verifies an SNS message as Amazon documents it: SignatureVersion 1 (RSA-SHA1) or 2 (RSA-SHA256)
 * over the canonical string, with the certificate at SigningCertURL fetched only from an
 * https://sns.<region>.amazonaws.com/….pem URL (and cached), and a timestamp no older than an hour.
 * Nothing is fetched for a message that fails the cheap checks.
 */
@Injectable()
export class SnsVerifier {
  private readonly certificates = new Map<string, { pem: Promise<string>; at: number }>();
  private readonly fetcher: CertificateFetcher;

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'SES_SNS_VERIFY' | 'SES_SNS_TOPIC_ARNS'>,
    @Optional() @Inject(SNS_CERTIFICATE_FETCHER) fetcher?: CertificateFetcher,
  ) {
    this.fetcher = fetcher ?? fetchCertificate;
  }

  /** `verify` for a webhook: a message that must be refused is the caller's 401, saying why. */
  async verifyRequest(body: unknown): Promise<SnsMessage> {
    try {
      return await this.verify(body);
    } catch (error) {
      if (error instanceof SnsVerificationError) throw new UnauthorizedException(`SNS message refused: ${error.message}`);
      throw error;
    }
  }

  /** Parses and verifies a request body; throws SnsVerificationError when it must be refused. */
  async verify(body: unknown, now = Date.now()): Promise<SnsMessage> {
    const message = parse(body);
    if (this.config.SES_SNS_TOPIC_ARNS.length && !this.config.SES_SNS_TOPIC_ARNS.includes(message.TopicArn)) throw new SnsVerificationError('topic not accepted');
    if (!this.config.SES_SNS_VERIFY) return message;
    const age = now - Date.parse(message.Timestamp);
    if (!Number.isFinite(age) || age > MAX_AGE_MS || age < -5 * 60 * 1000) throw new SnsVerificationError('timestamp missing or too old');
    const algorithm = message.SignatureVersion === '1' ? 'RSA-SHA1' : message.SignatureVersion === '2' ? 'RSA-SHA256' : null;
    if (!algorithm) throw new SnsVerificationError(`unsupported SignatureVersion ${message.SignatureVersion}`);
    if (!isSnsUrl(message.SigningCertURL, '.pem')) throw new SnsVerificationError('signing certificate is not on an Amazon SNS host');
    const keys = message.Type === 'Notification' ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
    const canonical = keys
      .filter((k) => typeof message[k] === 'string')
      .map((k) => `${k}\n${message[k]}\n`)
      .join('');
    const pem = await this.certificate(message.SigningCertURL, now);
    const ok = createVerify(algorithm).update(canonical, 'utf8').verify(pem, message.Signature, 'base64');
    if (!ok) throw new SnsVerificationError('signature does not match');
    return message;
  }

  private certificate(url: string, now: number): Promise<string> {
    const cached = this.certificates.get(url);
    if (cached && now - cached.at < CERT_TTL_MS) return cached.pem;
    const pem = this.fetcher(url).then((text) => {
      const cert = new X509Certificate(text);
      if (Date.parse(cert.validTo) < now) throw new SnsVerificationError('signing certificate expired');
      return text;
    });
    pem.catch(() => this.certificates.delete(url));
    this.certificates.set(url, { pem, at: now });
    return pem.catch((error: unknown) => {
      throw error instanceof SnsVerificationError ? error : new SnsVerificationError(`signing certificate unavailable: ${(error as Error).message}`);
    });
  }
}

function parse(body: unknown): SnsMessage {
  let value: unknown = body;
  if (Buffer.isBuffer(value)) value = value.toString('utf8');
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new SnsVerificationError('body is not JSON');
    }
  }
  const m = value as Partial<SnsMessage> | null;
  if (!m || typeof m !== 'object') throw new SnsVerificationError('body is not an SNS message');
  for (const k of ['Type', 'MessageId', 'TopicArn', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL'] as const) {
    if (typeof m[k] !== 'string' || !m[k]) throw new SnsVerificationError(`${k} missing`);
  }
  if (!['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'].includes(m.Type!)) throw new SnsVerificationError(`unknown Type ${m.Type}`);
  return m as SnsMessage;
}
