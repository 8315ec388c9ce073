import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, SingleUseTickets, safeEqual, type AppConfig } from '@parley/server-core';

/** How long the dashboard's session cookie lasts. */
export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * Who may open the queue dashboard, which shows every store's jobs: only users whose email is in
 * ADMIN_EMAILS. Hands out single-use tickets (the SPA cannot send a bearer header to a page it
 * opens) and signs the dashboard's session cookie with a key derived from APP_SECRET.
 */
@Injectable()
export class OperatorAccess {
  private readonly operators: ReadonlySet<string>;
  private readonly sessionKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tickets: SingleUseTickets,
  ) {
    this.operators = new Set(config.ADMIN_EMAILS.map((e) => e.toLowerCase()));
    this.sessionKey = Buffer.from(hkdfSync('sha256', config.APP_SECRET, 'parley-admin-session', 'cookie', 32));
  }

  isOperator(email: string): boolean {
    return this.operators.has(email.toLowerCase());
  }

  async issueTicket(email: string): Promise<{ ticket: string; url: string; expiresIn: number }> {
    const { ticket, expiresIn } = await this.tickets.issue('admin', email);
    return { ticket, url: `/admin/queues?ticket=${ticket}`, expiresIn };
  }

  /** The operator a ticket was issued to, once; null when unknown, used or expired. */
  async redeemTicket(ticket: string): Promise<string | null> {
    const email = await this.tickets.redeem<string>('admin', ticket);
    return email && this.isOperator(email) ? email : null;
  }

  session(email: string, now = Date.now()): string {
    const payload = `${Buffer.from(email).toString('base64url')}.${Math.floor(now / 1000) + SESSION_SECONDS}`;
    return `${payload}.${this.sign(payload)}`;
  }

  /** The operator of a valid, unexpired session cookie who is still listed in ADMIN_EMAILS; else null. */
  readSession(cookie: string, now = Date.now()): string | null {
    const [email64, expires, signature] = cookie.split('.');
    if (!email64 || !expires || !signature) return null;
    if (!safeEqual(signature, this.sign(`${email64}.${expires}`)) || Number(expires) * 1000 < now) return null;
    const email = Buffer.from(email64, 'base64url').toString('utf8');
    return this.isOperator(email) ? email : null;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.sessionKey).update(payload).digest('base64url');
  }
}
