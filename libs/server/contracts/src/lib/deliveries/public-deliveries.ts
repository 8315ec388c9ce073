import { Injectable } from '@nestjs/common';
import { Clock, ConflictException, GoneException, NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import { ContentDelivery } from '@parley/server-data';
import { EmailTransport } from '@parley/server-email';
import type { CreatorDeliveryDto, CreatorPageDto, DeliveryDto } from '@parley/shared-types';
import { toDeliveryDto, type LoadedDelivery } from '../contract-deliveries';
import { ContractViews, type LoadedContract } from '../contract-views';
import { DeliveryTokens } from '../signing-tokens';
import { DeliveriesService, type DeliveryMove, type MoveInput } from './deliveries.service';
import { DeliveryLinks } from './delivery-links';

const SIGNED = new Set(['signed', 'active', 'completed']);

const forCreator = (d: DeliveryDto): CreatorDeliveryDto => ({
  id: d.id,
  type: d.type,
  platform: d.platform,
  dueDate: d.dueDate,
  status: d.status,
  overdue: d.overdue,
  contentUrl: d.contentUrl,
  caption: d.caption,
  postDate: d.postDate,
  rejectionReason: d.rejectionReason,
  briefCheck: d.briefCheck,
});

/**
 * The creator's side of a signed contract, through their link: the promised items with due dates and
 * status, the brief and any rejection reason; submitting a draft or the post, and marking an approved
 * item published. Their moves go through the same workflow as the team's and notify the team.
 */
@Injectable()
export class PublicDeliveries {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly tokens: DeliveryTokens,
    private readonly links: DeliveryLinks,
    private readonly views: ContractViews,
    private readonly deliveries: DeliveriesService,
    private readonly transport: EmailTransport,
    private readonly clock: Clock,
  ) {}

  async page(token: string): Promise<CreatorPageDto> {
    const { storeId, contract } = await this.open(token);
    return {
      brandName: (await this.views.brandOf(storeId)).name,
      campaignName: contract.campaign.name,
      influencerName: contract.influencer.displayName?.trim() || contract.influencer.username,
      contentGuidelines: contract.contentGuidelines,
      mustInclude: contract.mustInclude,
      mustAvoid: contract.mustAvoid,
      deliveries: (await this.rows(storeId, contract.id)).map(forCreator),
    };
  }

  async move(token: string, deliveryId: string, move: Extract<DeliveryMove, 'submit' | 'publish'>, input: MoveInput): Promise<{ delivery: CreatorDeliveryDto }> {
    const { storeId, contract } = await this.open(token);
    const [own] = await this.tenancy.query<{ id: string }>(storeId, `SELECT id FROM content_deliveries WHERE store_id = $1 AND id = $2 AND contract_id = $3`, [deliveryId, contract.id]);
    if (!own) throw new NotFoundException('Delivery');
    return { delivery: forCreator(await this.deliveries.move(storeId, { side: 'creator' }, deliveryId, move, input)) };
  }

  /** The creator's link for a signed contract, emailed to them from the store's sender identity. */
  async send(auth: AuthContext, contractId: string): Promise<{ url: string; expiresAt: string; emailed: boolean }> {
    const contract = await this.views.load(auth.storeId, contractId);
    if (!SIGNED.has(contract.status)) throw new ConflictException(`The contract is ${contract.status}: the creator's delivery link is for a signed contract`, { status: contract.status });
    const link = this.links.for(contract);
    const sender = await this.views.senderOf(auth.storeId);
    let emailed = false;
    if (sender && contract.influencer.email) {
      await this.transport.send({
        from: { name: sender.fromName, address: sender.fromEmail },
        to: contract.influencer.email,
        subject: `Your content for ${contract.campaign.name}: submit drafts and post links here`,
        text: `Hi ${contract.influencer.displayName?.trim() || contract.influencer.username},\n\nHere you can see what is due for ${contract.campaign.name}, send drafts for review and add the link once a post is live:\n${link.url}\n\n${sender.storeName}`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      emailed = true;
    }
    return { ...link, emailed };
  }

  /** 404 for a link we never made; 410 once it expired or the contract was cancelled. */
  private async open(token: string): Promise<{ storeId: string; contract: LoadedContract }> {
    const claim = this.tokens.read(token);
    if (!claim) throw new NotFoundException('Delivery link');
    const [row] = await this.tenancy.acrossStores<{ store_id: string }>(`SELECT store_id FROM influencer_contracts WHERE id = $1`, [claim.contractId]);
    if (!row) throw new NotFoundException('Delivery link');
    const contract = await this.views.load(row.store_id, claim.contractId);
    // Cancelling clears the nonce, so the (genuine, signed) link of a cancelled contract is 410, not 404.
    if (contract.status === 'cancelled') throw new GoneException('This contract was cancelled by the brand');
    if (contract.signingNonce !== claim.nonce) throw new NotFoundException('Delivery link');
    if (claim.expiresAt.getTime() <= this.clock.now().getTime()) throw new GoneException('This link has expired: ask the brand for a new one');
    if (!SIGNED.has(contract.status)) throw new NotFoundException('Delivery link');
    return { storeId: row.store_id, contract };
  }

  private async rows(storeId: string, contractId: string): Promise<DeliveryDto[]> {
    const rows = await this.tenancy.repo(ContentDelivery, storeId).qb('d').leftJoinAndSelect('d.influencer', 'i').andWhere('d.contractId = :contractId', { contractId }).andWhere(`d.status <> 'cancelled'`).orderBy('d.dueDate', 'ASC').getMany();
    const now = this.clock.now();
    return rows.map((d) => toDeliveryDto(d as LoadedDelivery, now));
  }
}
