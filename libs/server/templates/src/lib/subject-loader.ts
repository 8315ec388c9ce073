import { Injectable } from '@nestjs/common';
import { Tenancy, type AuthContext } from '@parley/server-core';
import { Influencer, InfluencerCampaign, Store } from '@parley/server-data';
import type { EntityManager } from 'typeorm';
import type { RenderSubject } from './profile';

/** Loads the creator, store and campaign a message is rendered for, all from the caller's store. */
@Injectable()
export class RenderSubjectLoader {
  constructor(private readonly tenancy: Tenancy) {}

  async load(auth: Pick<AuthContext, 'storeId'>, influencerId: string, campaignId?: string | null, manager?: EntityManager): Promise<RenderSubject> {
    const [influencer, campaign, store] = await Promise.all([
      this.tenancy.repo(Influencer, auth.storeId, manager).get(influencerId),
      campaignId ? this.tenancy.repo(InfluencerCampaign, auth.storeId, manager).get(campaignId) : Promise.resolve(null),
      (manager ?? this.tenancy.manager).findOneByOrFail(Store, { id: auth.storeId }),
    ]);
    return renderSubjectOf(influencer, store, campaign);
  }
}

/** The creator fields a message is rendered from. */
export type RenderedCreator = Pick<Influencer, 'id' | 'username' | 'displayName' | 'platform' | 'followersCount' | 'engagementRate' | 'niche' | 'bio' | 'language'>;

/** The data a message is rendered from, out of the rows it comes from. */
export function renderSubjectOf(influencer: RenderedCreator, store: Store, campaign: InfluencerCampaign | null): RenderSubject {
  return {
    creator: {
      id: influencer.id,
      username: influencer.username,
      displayName: influencer.displayName,
      platform: influencer.platform,
      followersCount: influencer.followersCount,
      engagementRate: influencer.engagementRate,
      niche: influencer.niche,
      bio: influencer.bio,
      language: influencer.language,
    },
    store: { id: store.id, name: store.name, senderName: store.senderName, website: store.website, description: store.description, niche: store.niche, tone: store.tone },
    campaign: campaign && {
      id: campaign.id,
      name: campaign.name,
      description: campaign.description,
      objective: campaign.objective,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      deliverables: campaign.deliverables,
    },
  };
}
