import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { InfluencerCampaign, OutreachTemplate, Store } from '@parley/server-data';

export interface RenderRows {
  template: OutreachTemplate;
  store: Store;
  campaign: InfluencerCampaign | null;
}

/** How long the rows a bulk's messages share are reused: a bulk renders "at send time" give or take this. */
const TTL_MS = 2_000;

/**
 * The template, store and campaign that every message of a bulk send shares, read once every couple
 * of seconds per worker instead of once per message (three queries fewer per email).
 */
@Injectable()
export class SharedRenderRows {
  private readonly cache = new Map<string, { expires: number; rows: Promise<RenderRows | null> }>();

  constructor(private readonly tenancy: Tenancy) {}

  get(storeId: string, templateId: string, campaignId: string | null): Promise<RenderRows | null> {
    const key = `${storeId}|${templateId}|${campaignId ?? ''}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.rows;
    if (this.cache.size > 1_000) this.cache.clear();
    const rows = this.load(storeId, templateId, campaignId);
    this.cache.set(key, { expires: now + TTL_MS, rows });
    rows.catch(() => this.cache.delete(key));
    return rows;
  }

  private async load(storeId: string, templateId: string, campaignId: string | null): Promise<RenderRows | null> {
    const [template, store, campaign] = await Promise.all([
      this.tenancy.repo(OutreachTemplate, storeId).findOne(templateId),
      this.tenancy.manager.findOneByOrFail(Store, { id: storeId }),
      campaignId ? this.tenancy.repo(InfluencerCampaign, storeId).findOne(campaignId) : Promise.resolve(null),
    ]);
    return template ? { template, store, campaign } : null;
  }
}
