import type { Deliverable, IsoDate, Money } from './api';
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

/** What the signer sees on the public signing page: the terms, never the store's internals. */
export interface PublicContractDto {
  brandName: string;
  influencerName: string;
  campaignName: string;
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
  signedAt: IsoDate | null;
  signerName: string | null;
}

/** One promised piece of content (a deliverable of quantity 3 is three of these). */
export interface DeliveryDto {
  id: string;
  contractId: string;
  campaignId: string;
  influencerId: string;
  type: string;
  platform: Platform;
  dueDate: IsoDate | null;
  status: DeliveryStatus;
  contentUrl: string | null;
  caption: string | null;
  postDate: IsoDate | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  clicks: number | null;
  rejectionReason: string | null;
  submittedAt: IsoDate | null;
  approvedAt: IsoDate | null;
  publishedAt: IsoDate | null;
}
