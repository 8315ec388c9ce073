import type { Deliverable, IsoDate, Money, Pagination } from './api';
import type { CompensationType, ContractStatus, DeliveryStatus, Platform, UsageRights } from './enums';

export interface ContractDeliverableDto extends Deliverable {
  /** When the content is due; without one, deliveries are spread over the contract period. */
  dueDate: IsoDate | null;
}

/** A clause as it stands in the contract: its placeholders already filled. */
export interface ContractClauseDto {
  heading: string;
  body: string;
}

/** What signing recorded; `pdfSha256` is the hash of the signed PDF's exact bytes. */
export interface ContractAuditDto {
  signerName: string;
  signedAt: IsoDate;
  ip: string | null;
  userAgent: string | null;
  pdfSha256: string;
}

export interface ContractDto {
  id: string;
  campaignId: string;
  campaignName: string;
  influencerId: string;
  influencerName: string;
  influencerUsername: string | null;
  influencerEmail: string | null;
  offerId: string | null;
  templateId: string | null;
  deliverables: ContractDeliverableDto[];
  compensation: Money;
  currency: string;
  compensationType: CompensationType;
  startDate: IsoDate;
  endDate: IsoDate;
  contentGuidelines: string | null;
  mustInclude: string[];
  mustAvoid: string[];
  exclusivity: boolean;
  usageRights: UsageRights | null;
  clauses: ContractClauseDto[];
  status: ContractStatus;
  sentAt: IsoDate | null;
  signedAt: IsoDate | null;
  cancelledAt: IsoDate | null;
  completedAt: IsoDate | null;
  /** When the link of the last send stops working. */
  signingExpiresAt: IsoDate | null;
  audit: ContractAuditDto | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface ContractSummaryDto {
  byStatus: Record<ContractStatus, number>;
}

export interface ContractTemplateDto {
  id: string;
  name: string;
  clauses: ContractClauseDto[];
  isDefault: boolean;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** The fields of a contract the signer sees on the public signing page: the terms, never the store's internals. */
export const PUBLIC_CONTRACT_FIELDS = [
  'influencerName',
  'campaignName',
  'deliverables',
  'compensation',
  'currency',
  'compensationType',
  'startDate',
  'endDate',
  'contentGuidelines',
  'mustInclude',
  'mustAvoid',
  'exclusivity',
  'usageRights',
  'clauses',
  'status',
  'signedAt',
] as const;

export type PublicContractDto = Pick<ContractDto, (typeof PUBLIC_CONTRACT_FIELDS)[number]> & { brandName: string; signerName: string | null };

/** One promised piece of content (a deliverable of quantity 3 is three of these). */
export interface DeliveryDto {
  id: string;
  contractId: string;
  campaignId: string;
  influencerId: string;
  influencerName: string;
  influencerUsername: string;
  type: string;
  platform: Platform;
  dueDate: IsoDate | null;
  status: DeliveryStatus;
  /** Past its due date and neither published nor cancelled. */
  overdue: boolean;
  contentUrl: string | null;
  caption: string | null;
  postDate: IsoDate | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  clicks: number | null;
  saves: number | null;
  reach: number | null;
  /** Who put the figures there: typed in by a person (`manual`) or imported from a file (`import`). */
  metricsSource: 'manual' | 'import' | null;
  /** The caption checked against the contract's brief on the last submit or publish. */
  briefCheck: BriefCheckDto | null;
  /** The team saw the platform's own paid-partnership label on the post (it counts as a disclosure). */
  platformLabel: boolean;
  rejectionReason: string | null;
  submittedAt: IsoDate | null;
  approvedAt: IsoDate | null;
  publishedAt: IsoDate | null;
  cancelledAt: IsoDate | null;
}

export type BriefFindingKind = 'disclosure_missing' | 'disclosure_present' | 'must_include_missing' | 'must_include_present' | 'must_avoid_present';

export interface BriefFindingDto {
  kind: BriefFindingKind;
  item?: string;
  detail: string;
  severity: 'ok' | 'warning' | 'problem';
}

/** An aid for the reviewer, not legal advice: an advertising disclosure, every must-include item, no must-avoid item. */
export interface BriefCheckDto {
  ok: boolean;
  disclosure: { present: boolean; how: string | null };
  findings: BriefFindingDto[];
  /** What was checked and when: the move (submit or publish) and the caption. */
  at: 'submit' | 'publish';
  checkedAt: IsoDate;
  caption: string | null;
}

/** One change of one figure, for the delivery's history. */
export interface DeliveryMetricChangeDto {
  field: string;
  oldValue: number | null;
  newValue: number | null;
  changedBy: string | null;
  source: 'manual' | 'import';
  changedAt: IsoDate;
}

export interface DeliveryDetailDto extends DeliveryDto {
  history: DeliveryMetricChangeDto[];
  campaignName: string;
  /** The brief the caption is checked against. */
  brief: { contentGuidelines: string | null; mustInclude: string[]; mustAvoid: string[] };
}

/** Figures of a set of deliveries (the campaign, one creator, one platform). Money and ratios are decimal strings; null when the divisor is 0. */
export const PERFORMANCE_SORTS = ['spend', 'views', 'engagements', 'engagementRate', 'clicks', 'cpe', 'cpm', 'cpc', 'published', 'username'] as const;
export type PerformanceSortKey = (typeof PERFORMANCE_SORTS)[number];

export interface PerformanceFigures {
  spend: Money;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  /** likes + comments + shares (clicks are not engagements). */
  engagements: number;
  /** engagements / views as a fraction with 4 decimals ("0.0755" is 7.55%). */
  engagementRate: string | null;
  clicks: number;
  cpe: Money | null;
  cpm: Money | null;
  cpc: Money | null;
  deliveries: number;
  published: number;
}

export interface CampaignPerformanceDto {
  campaignId: string;
  budget: Money;
  totals: PerformanceFigures;
  /** One page of creators, sorted as asked (`sort`, `order`; default spend, high to low). */
  influencers: (PerformanceFigures & { influencerId: string; username: string; displayName: string | null; platform: Platform })[];
  influencerPagination: Pagination;
  platforms: (PerformanceFigures & { platform: Platform })[];
  funnel: { contacted: number; opened: number; replied: number; interested: number; contracted: number; published: number };
  /** How many deliveries' figures were typed in, and how many imported. */
  metricsSources: { manual: number; import: number };
  /** Published deliveries by their post date (UTC day): views and engagements that day. */
  timeline: { date: string; views: number; engagements: number; published: number }[];
  overdue: number;
}

/** One promised item as the creator's own page shows it. */
export type CreatorDeliveryDto = Pick<DeliveryDto, 'id' | 'type' | 'platform' | 'dueDate' | 'status' | 'overdue' | 'contentUrl' | 'caption' | 'postDate' | 'rejectionReason' | 'briefCheck'>;

/** The creator's page (GET /api/public/deliveries/:token): their items and the brief, nothing of the store's internals. */
export interface CreatorPageDto {
  brandName: string;
  campaignName: string;
  influencerName: string;
  contentGuidelines: string | null;
  mustInclude: string[];
  mustAvoid: string[];
  deliveries: CreatorDeliveryDto[];
}
