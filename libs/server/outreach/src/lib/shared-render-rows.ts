import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { InfluencerCampaign, OutreachTemplate, Store } from '@parley/server-data';
import { TemplateRenderer, renderSubjectOf, type RenderedCreator, type RenderedMessage } from '@parley/server-templates';

export interface RenderRows {
  template: OutreachTemplate;
  store: Store;
  campaign: InfluencerCampaign | null;
}

/** How long the rows a bulk's messages share are reused: a bulk renders "at send time" give or take this. */
const TTL_MS = 2_000;

/**
 * Renders the messages that are written when they go (bulk sends and templated follow-ups, emails and
 * DMs alike): the template, store and campaign that every message of a bulk shares are read once
 * every couple of seconds per worker instead of once per message (three queries fewer per email).
 */
@Injectable()
export class SharedRenderRows {
  private readonly cache = new Map<string, { expires: number; rows: Promise<RenderRows | null> }>();

  constructor(
    private readonly tenancy: Tenancy,
    private readonly renderer: TemplateRenderer,
  ) {}

  /** The message for this creator as it is now; null when its template was deleted before it went. */
  async render(storeId: string, message: { template_id: string | null; campaign_id: string | null; creator: RenderedCreator }): Promise<RenderedMessage | null> {
    if (!message.template_id) return null;
    const shared = await this.get(storeId, message.template_id, message.campaign_id);
    if (!shared) return null;
    return this.renderer.render(shared.template, renderSubjectOf(message.creator, shared.store, shared.campaign));
  }

  private get(storeId: string, templateId: string, campaignId: string | null): Promise<RenderRows | null> {
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
