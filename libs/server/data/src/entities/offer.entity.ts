import type { CompensationType, Deliverable, OfferFlag, OfferParty, OfferStatus } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity } from './base.entity';
import { InfluencerOutreach } from './outreach.entity';

/** One offer or counter-offer in a negotiation, by the brand or the influencer. */
@Entity('offers')
@Index(['outreachId', 'createdAt'])
export class Offer extends TenantEntity {
  @Column({ type: 'uuid' })
  outreachId!: string;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'uuid' })
  influencerId!: string;

  @MoneyColumn()
  amount!: string;

  @Column({ type: 'text', default: 'USD' })
  currency!: string;

  @Column({ type: 'text' })
  compensationType!: CompensationType;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  deliverables!: Deliverable[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  from!: OfferParty;

  @Column({ type: 'text', default: 'open' })
  status!: OfferStatus;

  /** Set when it was made: above the campaign's maxRate, above the rate card's max. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags!: OfferFlag[];

  /** Who recorded it (a team member; an influencer's offer is recorded by the team too). */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => InfluencerOutreach, { onDelete: 'CASCADE' })
  @JoinColumn()
  outreach?: InfluencerOutreach;
}
