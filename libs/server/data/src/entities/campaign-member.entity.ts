import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { InfluencerCampaign } from './campaign.entity';
import { Influencer } from './influencer.entity';

/** An influencer taking part in a campaign. */
@Entity('campaign_members')
@Index(['campaignId', 'influencerId'], { unique: true })
@Index(['influencerId'])
export class CampaignMember extends TenantEntity {
  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid' })
  influencerId!: string;

  @ManyToOne(() => InfluencerCampaign, { onDelete: 'CASCADE' })
  @JoinColumn()
  campaign?: InfluencerCampaign;

  @ManyToOne(() => Influencer, { onDelete: 'CASCADE' })
  @JoinColumn()
  influencer?: Influencer;
}
