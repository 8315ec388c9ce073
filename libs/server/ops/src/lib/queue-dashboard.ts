import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bull';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import { AuthGuard } from '@parley/server-auth';
import { QueueName } from '@parley/shared-types';
import type { Queue } from 'bull';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { OperatorAccess, SESSION_SECONDS } from './operator-access';

export const DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'parley_admin';

const cookieOf = (req: Request, name: string) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1] ?? null;

/**
 * Bull Board at /admin/queues, for operators only (ADMIN_EMAILS): a bearer token, a single-use
 * ticket from POST /api/admin/ticket (which sets an httpOnly session cookie for the board's own
 * requests), or that cookie. Anyone else: 401 without credentials, 403 with a non-operator's.
 */
@Injectable()
export class QueueDashboard {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly access: OperatorAccess,
    private readonly auth: AuthGuard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  router(): Router {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }))),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'Parley queues' } },
    });
    const router = Router();
    router.use(DASHBOARD_PATH, (req, res, next) => void this.guard(req, res, next).catch(next), adapter.getRouter());
    return router;
  }

  private async guard(req: Request, res: Response, next: NextFunction): Promise<void> {
    const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : null;
    if (ticket) {
      const email = await this.access.redeemTicket(ticket);
      if (!email) return this.refuse(res, 401, 'This dashboard link has expired or was already used: open the queues again from Parley.');
      res.cookie(COOKIE, this.access.session(email), { httpOnly: true, sameSite: 'strict', secure: this.config.PUBLIC_URL.startsWith('https:'), path: DASHBOARD_PATH, maxAge: SESSION_SECONDS * 1000 });
      return next();
    }
    const cookie = cookieOf(req, COOKIE);
    if (cookie && this.access.readSession(cookie)) return next();
    const caller = await this.auth.authenticate(req).catch(() => null);
    if (!caller) return this.refuse(res, 401, 'Sign in to Parley and open the queues from there.');
    if (!this.access.isOperator(caller.email)) return this.refuse(res, 403, 'The queue dashboard shows every store’s jobs: it is for operators listed in ADMIN_EMAILS.');
    next();
  }

  private refuse(res: Response, status: number, message: string): void {
    res.status(status).type('text/plain').send(message);
  }
}
