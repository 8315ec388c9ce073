import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, PeriodicJobs, Tenancy } from '@parley/server-core';
import { EmailTransport } from '@parley/server-email';
import { NotificationsService } from '@parley/server-notifications';
import { ContractViews } from '../contract-views';
import { formatDate } from '../pdf/contract-format';
import { DeliveryLinks } from './delivery-links';

const DAY_MS = 86_400_000;
const REMIND_DAYS = 3;
const OPEN = `('pending', 'submitted', 'approved', 'rejected')`;

interface DueRow {
  id: string;
  store_id: string;
  contract_id: string;
  deliverable_type: string;
  platform: string;
  due_date: Date;
  status: string;
}

interface OverdueRow {
  store_id: string;
  campaign_id: string;
  campaign: string;
  n: string;
}

/**
 * Once a day (and on demand from the SPA or the API): each creator with content due within three
 * days gets one email listing it, with their delivery link; each delivery that has become overdue is
 * told to the team once, as a notification per campaign. A row is claimed (reminded_at,
 * overdue_flagged_at) in the statement that selects it, so two runs never remind twice.
 */
@Injectable()
export class DeliveryReminders {
  private readonly logger = new Logger(DeliveryReminders.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly periodic: PeriodicJobs,
    private readonly clock: Clock,
    private readonly views: ContractViews,
    private readonly links: DeliveryLinks,
    private readonly transport: EmailTransport,
    private readonly notifications: NotificationsService,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_8AM, { name: 'deliveries.remind' })
  async run(): Promise<void> {
    await this.periodic.run('deliveries.remind', async () => {
      const { reminded, overdue } = await this.remind();
      return reminded + overdue;
    });
  }

  /** Every store, or one store (optionally one campaign) when the team asks. */
  async remind(scope?: { storeId: string; campaignId?: string }): Promise<{ reminded: number; overdue: number }> {
    const now = this.clock.now();
    const store = scope?.storeId ?? null;
    const campaign = scope?.campaignId ?? null;
    // $2 and $3: the store and campaign the run is limited to (null: every one).
    const within = `($2::uuid IS NULL OR d.store_id = $2) AND ($3::uuid IS NULL OR d.campaign_id = $3)`;
    const due = await this.tenancy.acrossStores<DueRow>(
      `UPDATE content_deliveries d SET reminded_at = $1 FROM influencer_contracts k
        WHERE k.id = d.contract_id AND k.status IN ('signed', 'active') AND d.status IN ('pending', 'rejected', 'approved')
          AND d.reminded_at IS NULL AND d.due_date >= $1 AND d.due_date <= $4 AND ${within}
        RETURNING d.id, d.store_id, d.contract_id, d.deliverable_type, d.platform, d.due_date, d.status`,
      [now, store, campaign, new Date(now.getTime() + REMIND_DAYS * DAY_MS)],
    );
    const overdue = await this.tenancy.acrossStores<OverdueRow>(
      `WITH flagged AS (
         UPDATE content_deliveries d SET overdue_flagged_at = $1
          WHERE d.overdue_flagged_at IS NULL AND d.due_date < $1 AND d.status IN ${OPEN} AND ${within}
          RETURNING d.store_id, d.campaign_id)
       SELECT f.store_id, f.campaign_id, c.name AS campaign, count(*)::text AS n FROM flagged f JOIN influencer_campaigns c ON c.id = f.campaign_id GROUP BY 1, 2, 3`,
      [now, store, campaign],
    );
    for (const [contractId, rows] of groupBy(due, (r) => r.contract_id)) await this.emailCreator(rows[0].store_id, contractId, rows);
    for (const o of overdue) {
      await this.notifications
        .notify(o.store_id, { type: 'deliveries_overdue', title: `${o.n} ${Number(o.n) === 1 ? 'delivery is' : 'deliveries are'} overdue in ${o.campaign}`, body: 'Past the due date and not yet published.', data: { campaignId: o.campaign_id, count: Number(o.n) } })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not tell the team about overdue deliveries'));
    }
    return { reminded: due.length, overdue: overdue.reduce((n, o) => n + Number(o.n), 0) };
  }

  private async emailCreator(storeId: string, contractId: string, rows: DueRow[]): Promise<void> {
    const contract = await this.views.load(storeId, contractId);
    const sender = await this.views.senderOf(storeId);
    if (!sender || !contract.influencer.email) return;
    const name = contract.influencer.displayName?.trim() || contract.influencer.username;
    const items = rows.map((r) => `- ${r.deliverable_type} on ${r.platform}, due ${formatDate(r.due_date)}${r.status === 'approved' ? ' (approved: post it and add the link)' : ''}`);
    await this.transport
      .send({
        from: { name: sender.fromName, address: sender.fromEmail },
        to: contract.influencer.email,
        subject: `Coming up: ${rows.length === 1 ? 'your content' : `${rows.length} pieces of content`} for ${contract.campaign.name}`,
        text: [`Hi ${name},`, '', `A reminder of what is due soon for ${contract.campaign.name}:`, ...items, '', `Send drafts and post links here: ${this.links.for(contract).url}`, '', sender.storeName].join('\n'),
        headers: { 'Auto-Submitted': 'auto-generated' },
      })
      .catch((error: unknown) => this.logger.warn({ err: error, contractId }, 'could not send a delivery reminder'));
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
