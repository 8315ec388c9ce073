import { Injectable } from '@nestjs/common';
import { Clock, NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import type { FollowUpPlanDto, FollowUpResultDto } from '@parley/shared-types';
import { OutreachTimeline } from '../outreach-timeline';
import { FollowUpContentChooser, templateFor } from './follow-up-content';
import { DAY_MS, projectFollowUps } from './follow-up-plan';
import { FollowUpPlanner } from './follow-up-planner';
import { FollowUpRows, policyOf, stateOf, stopOf } from './follow-up-rows';
import { FollowUpSender } from './follow-up-sender';

/** What one outreach's follow-ups are doing, and the hand controls: send one now, pause, resume. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly rows: FollowUpRows,
    private readonly planner: FollowUpPlanner,
    private readonly sender: FollowUpSender,
    private readonly content: FollowUpContentChooser,
    private readonly timeline: OutreachTimeline,
    private readonly clock: Clock,
  ) {}

  async plan(storeId: string, outreachId: string): Promise<FollowUpPlanDto> {
    const [row] = await this.rows.load(storeId, [outreachId]);
    if (!row) throw new NotFoundException('Outreach');
    const policy = policyOf(row);
    const stop = stopOf(row);
    const base = { steps: policy.days.length, sent: row.follow_up_count, paused: !!row.follow_ups_paused_at, stoppedBecause: stop };
    if (stop) {
      // A sequence that ran out still waits its quiet period before no_response.
      const waiting = stop === 'finished' && (row.status === 'sent' || row.status === 'opened') && row.campaign_status !== 'completed';
      const last = row.last_follow_up_at ?? row.sent_at;
      return { ...base, planned: [], noResponseAt: waiting && last ? new Date(last.getTime() + policy.noResponseAfterDays * DAY_MS).toISOString() : null };
    }
    const templates = await this.content.templates(storeId);
    const { planned, noResponseAt } = projectFollowUps(policy, stateOf(row), this.clock.now(), row.next_follow_up_at);
    return {
      ...base,
      planned: planned.map(({ step, at }) => {
        const templateId = templateFor(row, step, templates);
        return { step, at: at.toISOString(), templateId, templateName: templateId ? (templates.names.get(templateId) ?? null) : null };
      }),
      noResponseAt: noResponseAt.toISOString(),
    };
  }

  sendNow(auth: AuthContext, outreachId: string, input: { message?: string; subject?: string }): Promise<FollowUpResultDto> {
    return this.sender.sendNow(auth.storeId, outreachId, { ...input, by: auth.email });
  }

  /** Stops this outreach's follow-ups (the planned one is cleared and its job removed) until resumed. */
  async pause(auth: AuthContext, outreachId: string): Promise<void> {
    await this.setPaused(auth, outreachId, true);
  }

  async resume(auth: AuthContext, outreachId: string): Promise<void> {
    await this.setPaused(auth, outreachId, false);
  }

  private async setPaused(auth: AuthContext, outreachId: string, paused: boolean): Promise<void> {
    await this.tenancy.transaction(async (manager) => {
      const changed = await this.tenancy.query<{ id: string }>(
        auth.storeId,
        `UPDATE influencer_outreach SET follow_ups_paused_at = ${paused ? 'now()' : 'NULL'}, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND (follow_ups_paused_at IS NULL) = $3 RETURNING id`,
        [outreachId, paused],
        manager,
      );
      if (!changed.length) {
        const exists = await this.tenancy.query(auth.storeId, `SELECT 1 FROM influencer_outreach WHERE store_id = $1 AND id = $2`, [outreachId], manager);
        if (!exists.length) throw new NotFoundException('Outreach');
        return;
      }
      await this.timeline.record(auth.storeId, { outreachId, type: paused ? 'follow_ups_paused' : 'follow_ups_resumed', data: { by: auth.email } }, manager);
    });
    await this.planner.replan(auth.storeId, [outreachId]);
  }
}
