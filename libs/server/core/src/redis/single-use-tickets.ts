import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config';
import { REDIS_CLIENT } from './redis-client';

const TICKET_TTL_SECONDS = 60;

/**
 * Short-lived tickets that stand in for a bearer token where a browser cannot send one (an
 * EventSource, a page opened in a new tab): issued to a signed-in caller, good for 60 s, redeemed
 * once (GETDEL), kept in Redis under their purpose.
 */
@Injectable()
export class SingleUseTickets {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'REDIS_PREFIX'>,
  ) {}

  async issue<T>(purpose: string, holder: T): Promise<{ ticket: string; expiresIn: number }> {
    const ticket = randomBytes(24).toString('base64url');
    await this.redis.set(this.key(purpose, ticket), JSON.stringify(holder), 'EX', TICKET_TTL_SECONDS);
    return { ticket, expiresIn: TICKET_TTL_SECONDS };
  }

  /** Who the ticket was issued to, once; null when unknown, malformed, used or expired. */
  async redeem<T>(purpose: string, ticket: string): Promise<T | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(ticket)) return null;
    const value = await this.redis.getdel(this.key(purpose, ticket));
    return value ? (JSON.parse(value) as T) : null;
  }

  private key(purpose: string, ticket: string): string {
    return `${this.config.REDIS_PREFIX}:${purpose}-ticket:${ticket}`;
  }
}
