import { Injectable } from '@nestjs/common';
import { NotFoundException, Tenancy } from '@parley/server-core';
import { InfluencerContract, Store } from '@parley/server-data';
import { PUBLIC_CONTRACT_FIELDS, type ContractDto, type PublicContractDto } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { fillClauses, type ContractPlaceholder } from './agreement-text';
import { COMPENSATION_LABELS, USAGE_RIGHTS_TEXT, type ContractDocumentInput } from './pdf/contract-document';
import { formatAmount, formatDate } from './pdf/contract-format';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A contract with its campaign and creator loaded, as every view of it needs them. */
export type LoadedContract = InfluencerContract & Required<Pick<InfluencerContract, 'campaign' | 'influencer'>>;

const influencerName = (c: LoadedContract) => c.influencer.displayName?.trim() || c.influencer.username;

/** What the template placeholders stand for in this contract. */
function placeholderValues(c: LoadedContract, brandName: string): Record<ContractPlaceholder, string> {
  return {
    brand_name: brandName,
    influencer_name: influencerName(c),
    influencer_handle: `@${c.influencer.username}`,
    campaign_name: c.campaign.name,
    compensation: formatAmount(c.compensation, c.currency),
    compensation_type: COMPENSATION_LABELS[c.compensationType].toLowerCase(),
    start_date: formatDate(c.startDate),
    end_date: formatDate(c.endDate),
    usage_rights: c.usageRights ? USAGE_RIGHTS_TEXT[c.usageRights] : 'none beyond sharing the content natively within the platform.',
    exclusivity: c.exclusivity
      ? 'The Creator will not create sponsored content for a competing brand in the same product category during the term.'
      : 'This agreement is non-exclusive: the Creator remains free to work with other brands.',
    deliverables_summary: c.deliverables.map((d) => `${d.quantity} × ${d.type} on ${d.platform}`).join(', '),
  };
}

/**
 * Reads contracts with what they are shown with (campaign, creator, store) and turns them into the
 * API's views and the PDF's input; the clauses' placeholders are filled here, from the current terms.
 */
@Injectable()
export class ContractViews {
  constructor(private readonly tenancy: Tenancy) {}

  async load(storeId: string, id: string, manager?: EntityManager): Promise<LoadedContract> {
    const contract = await this.tenancy.repo(InfluencerContract, storeId, manager).qb('k').leftJoinAndSelect('k.campaign', 'c').leftJoinAndSelect('k.influencer', 'i').andWhere('k.id = :id', { id }).getOne();
    if (!contract) throw new NotFoundException('Contract');
    return contract as LoadedContract;
  }

  /** The contract row locked for the rest of the transaction (FOR UPDATE cannot cover outer-joined rows, so it is read twice). */
  async locked(storeId: string, id: string, manager: EntityManager): Promise<LoadedContract> {
    const row = await this.tenancy.repo(InfluencerContract, storeId, manager).qb('k').andWhere('k.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw new NotFoundException('Contract');
    return this.load(storeId, id, manager);
  }

  async brandOf(storeId: string): Promise<{ name: string; email: string | null }> {
    const store = await this.tenancy.manager.findOne(Store, { where: { id: storeId } });
    const [sender] = await this.tenancy.query<{ from_email: string }>(storeId, `SELECT from_email FROM sender_identities WHERE store_id = $1 LIMIT 1`);
    return { name: store?.name ?? 'The Brand', email: sender?.from_email ?? store?.email ?? null };
  }

  /** The store's sender identity, which contract emails go out from (null until it is set up). */
  async senderOf(storeId: string): Promise<{ fromName: string; fromEmail: string; storeName: string } | null> {
    const [sender] = await this.tenancy.query<{ from_name: string; from_email: string; store_name: string }>(
      storeId,
      `SELECT si.from_name, si.from_email, s.name AS store_name FROM stores s JOIN sender_identities si ON si.store_id = s.id WHERE s.id = $1`,
    );
    return sender ? { fromName: sender.from_name, fromEmail: sender.from_email, storeName: sender.store_name } : null;
  }

  toDto(c: LoadedContract, brandName: string): ContractDto {
    return {
      id: c.id,
      campaignId: c.campaignId,
      campaignName: c.campaign.name,
      influencerId: c.influencerId,
      influencerName: influencerName(c),
      influencerUsername: c.influencer.username,
      influencerEmail: c.influencer.email,
      offerId: c.offerId,
      templateId: c.templateId,
      deliverables: c.deliverables.map((d) => ({ type: d.type, platform: d.platform, quantity: d.quantity, dueDate: d.dueDate ?? null })),
      compensation: c.compensation,
      currency: c.currency,
      compensationType: c.compensationType,
      startDate: c.startDate.toISOString(),
      endDate: c.endDate.toISOString(),
      contentGuidelines: c.contentGuidelines,
      mustInclude: c.mustInclude,
      mustAvoid: c.mustAvoid,
      exclusivity: c.exclusivity,
      usageRights: c.usageRights,
      clauses: fillClauses(c.clauses, placeholderValues(c, brandName)),
      status: c.status,
      sentAt: iso(c.sentAt),
      signedAt: iso(c.signedAt),
      cancelledAt: iso(c.cancelledAt),
      completedAt: iso(c.completedAt),
      signingExpiresAt: iso(c.signingExpiresAt),
      audit: c.audit,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  toPublic(c: LoadedContract, brandName: string): PublicContractDto {
    const dto = this.toDto(c, brandName);
    const terms = Object.fromEntries(PUBLIC_CONTRACT_FIELDS.map((f) => [f, dto[f]])) as Pick<ContractDto, (typeof PUBLIC_CONTRACT_FIELDS)[number]>;
    return { brandName, ...terms, signerName: c.audit?.signerName ?? null };
  }

  documentInput(c: LoadedContract, brand: { name: string; email: string | null }): ContractDocumentInput {
    return {
      id: c.id,
      brandName: brand.name,
      brandEmail: brand.email,
      influencerName: influencerName(c),
      influencerHandle: c.influencer.username,
      influencerEmail: c.influencer.email,
      campaignName: c.campaign.name,
      deliverables: c.deliverables,
      compensation: c.compensation,
      currency: c.currency,
      compensationType: c.compensationType,
      startDate: c.startDate,
      endDate: c.endDate,
      contentGuidelines: c.contentGuidelines,
      mustInclude: c.mustInclude,
      mustAvoid: c.mustAvoid,
      exclusivity: c.exclusivity,
      usageRights: c.usageRights,
      clauses: fillClauses(c.clauses, placeholderValues(c, brand.name)),
      preparedAt: c.createdAt,
    };
  }
}
