import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, PeriodicJobs, Tenancy } from '@parley/server-core';

/**
 * The status moves nobody clicks: signed → active once the start date has come, and signed or
 * active → completed once every delivery is published. Every store at once, one statement each.
 */
@Injectable()
export class ContractLifecycle {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly periodic: PeriodicJobs,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_5_MINUTES, { name: 'contracts.advance' })
  async run(): Promise<void> {
    await this.periodic.run('contracts.advance', () => this.advance());
  }

  async advance(): Promise<number> {
    const now = this.clock.now();
    const activated = await this.tenancy.acrossStores(
      `UPDATE influencer_contracts SET status = 'active', updated_at = now() WHERE status = 'signed' AND start_date <= $1 RETURNING id`,
      [now],
    );
    const completed = await this.tenancy.acrossStores(
      `UPDATE influencer_contracts k SET status = 'completed', completed_at = $1, updated_at = now()
        WHERE k.status IN ('signed', 'active')
          AND EXISTS (SELECT 1 FROM content_deliveries d WHERE d.contract_id = k.id)
          AND NOT EXISTS (SELECT 1 FROM content_deliveries d WHERE d.contract_id = k.id AND d.status <> 'published')
        RETURNING id`,
      [now],
    );
    return activated.length + completed.length;
  }
}
