import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuthService, StoreService } from '@parley/server-auth';
import { CampaignsService } from '@parley/server-campaigns';
import { APP_CONFIG, type AppConfig, type AuthContext } from '@parley/server-core';
import { InfluencerImportService } from '@parley/server-influencers';
import { demoCreators } from './demo-creators';
import { DemoDeliveries } from './demo-deliveries';

/**
 * Seeds a demo store through the same services the API uses, once: when the demo login already
 * exists nothing is touched. Runs only with DEMO_SEED (which `npm start` sets).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly stores: StoreService,
    private readonly importer: InfluencerImportService,
    private readonly campaigns: CampaignsService,
    private readonly deliveries: DemoDeliveries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_SEED || !this.config.DEMO_PASSWORD) return;
    const email = this.config.DEMO_EMAIL;
    if (!(await this.auth.contextFor(email))) await this.seed(email, this.config.DEMO_PASSWORD);
    this.logger.log(`Demo login: ${email} / ${this.config.DEMO_PASSWORD}`);
  }

  private async seed(email: string, password: string): Promise<void> {
    await this.auth.createStoreWithOwner(email, password, 'Trailhead Outfitters (demo)');
    const ctx = (await this.auth.contextFor(email)) as AuthContext;
    await this.stores.update(ctx, {
      description: 'Trail running shoes and apparel made to last.',
      niche: 'fitness',
      website: 'https://trailhead.example.com',
      postalAddress: '1 Trail Way, Boulder, CO 80302, USA',
      timezone: 'America/Denver',
      senderName: 'Maya from Trailhead',
      tone: 'friendly',
    });
    await this.importer.importJson(ctx, demoCreators());
    const campaign = await this.campaigns.create(ctx, {
      name: 'Spring trail launch',
      description: 'Launch the Ridge 2 trail shoe with runners and outdoor creators who actually race.',
      objective: 'awareness',
      budget: '8000.00',
      deliverables: [
        { type: 'reel', platform: 'instagram', quantity: 2 },
        { type: 'video', platform: 'youtube', quantity: 1 },
      ],
      targetTiers: ['micro', 'macro'],
      targetNiches: ['fitness', 'running', 'outdoors'],
      minEngagement: 2.5,
      maxRate: '1500.00',
      startDate: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      endDate: new Date(Date.now() + 75 * 86_400_000).toISOString(),
    });
    await this.campaigns.changeStatus(ctx, campaign.id, { status: 'active' });
    const suggested = await this.campaigns.members(ctx, campaign.id, { suggest: true, perPage: 6 });
    if (suggested.influencers.length) await this.campaigns.addMembers(ctx, campaign.id, { influencerIds: suggested.influencers.map((i) => i.id) });
    await this.campaigns.create(ctx, {
      name: 'Holiday gift guide',
      description: 'Gift-guide features in December; draft until the budget is approved.',
      objective: 'conversions',
      budget: '3000.00',
      deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
      targetTiers: ['nano', 'micro'],
      targetNiches: ['fashion', 'parenting'],
    });
    await this.deliveries.seed(ctx);
    this.logger.log('Seeded the demo store: 20 creators, 3 campaigns, 3 signed contracts with deliveries and figures');
  }
}
