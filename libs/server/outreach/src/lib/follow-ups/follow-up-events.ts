import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CAMPAIGN_FOLLOW_UPS_CHANGED, CAMPAIGN_STATUS_CHANGED, type CampaignFollowUpsChangedEvent, type CampaignStatusChangedEvent } from '@parley/server-core';
import { FollowUpPlanner } from './follow-up-planner';

/**
 * A campaign paused or completed clears its outreach's planned follow-ups (and their jobs); resumed,
 * or with a new policy, they are planned again. Should this process die before it is done, the
 * sweeper clears what is due and stopped, and the next change plans the rest.
 */
@Injectable()
export class CampaignFollowUps {
  private readonly logger = new Logger(CampaignFollowUps.name);

  constructor(private readonly planner: FollowUpPlanner) {}

  @OnEvent(CAMPAIGN_STATUS_CHANGED)
  async statusChanged(event: CampaignStatusChangedEvent): Promise<void> {
    await this.replan(event);
  }

  @OnEvent(CAMPAIGN_FOLLOW_UPS_CHANGED)
  async policyChanged(event: CampaignFollowUpsChangedEvent): Promise<void> {
    await this.replan(event);
  }

  private async replan(event: { storeId: string; campaignId: string }): Promise<void> {
    await this.planner
      .replanCampaign(event.storeId, event.campaignId)
      .catch((error: unknown) => this.logger.error({ err: error, ...event }, "could not plan the campaign's follow-ups again"));
  }
}
