import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS_CLIENT, RateLimitedException, type AppConfig } from '@parley/server-core';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Brute-force limits for the auth endpoints, kept in Redis so every API process shares them.
 * Failed logins count per (account, IP) and, more loosely, per IP; registrations per IP.
 */
@Injectable()
export class AuthRateLimits {
  private readonly failuresByAccountAndIp: RateLimiterRedis;
  private readonly failuresByIp: RateLimiterRedis;
  private readonly registrationsByIp: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const common = { storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:rl` };
    this.failuresByAccountAndIp = new RateLimiterRedis({ ...common, keyPrefix: `${common.keyPrefix}:login-account`, points: config.LOGIN_MAX_FAILURES, duration: config.LOGIN_WINDOW_SECONDS });
    this.failuresByIp = new RateLimiterRedis({ ...common, keyPrefix: `${common.keyPrefix}:login-ip`, points: config.LOGIN_MAX_FAILURES * 10, duration: config.LOGIN_WINDOW_SECONDS });
    this.registrationsByIp = new RateLimiterRedis({ ...common, keyPrefix: `${common.keyPrefix}:register-ip`, points: config.REGISTRATIONS_PER_HOUR_PER_IP, duration: 3600 });
  }

  /** Refuses a login attempt while the account (from this IP) or the IP is locked out. */
  async assertLoginAllowed(email: string, ip: string): Promise<void> {
    const [account, byIp] = await Promise.all([this.failuresByAccountAndIp.get(`${email}|${ip}`), this.failuresByIp.get(ip)]);
    for (const [res, limiter] of [[account, this.failuresByAccountAndIp], [byIp, this.failuresByIp]] as const) {
      if (res && res.consumedPoints >= limiter.points) throw this.limited('Too many failed logins; try again later', res);
    }
  }

  async recordLoginFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.failuresByAccountAndIp.penalty(`${email}|${ip}`, 1),
      this.failuresByIp.penalty(ip, 1),
    ]);
  }

  async clearLoginFailures(email: string, ip: string): Promise<void> {
    await this.failuresByAccountAndIp.delete(`${email}|${ip}`);
  }

  async consumeRegistration(ip: string): Promise<void> {
    try {
      await this.registrationsByIp.consume(ip, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw this.limited('Too many registrations from this address; try again later', error);
      throw error;
    }
  }

  private limited(message: string, res: RateLimiterRes): RateLimitedException {
    return new RateLimitedException(message, res.msBeforeNext / 1000);
  }
}
