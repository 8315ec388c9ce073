import { Injectable, Logger } from '@nestjs/common';
import { Clock, ConflictException, GoneException, NotFoundException, Tenancy } from '@parley/server-core';
import type { ContractAudit } from '@parley/server-data';
import { EmailTransport } from '@parley/server-email';
import { NotificationsService } from '@parley/server-notifications';
import type { PublicContractDto } from '@parley/shared-types';
import { ContractDeliveries } from './contract-deliveries';
import { ContractDocuments } from './contract-documents';
import { ContractViews, type LoadedContract } from './contract-views';
import { DeliveryLinks } from './deliveries/delivery-links';
import { OutreachTrail } from './outreach-trail';
import { SigningTokens } from './signing-tokens';

/** Who signed from where, as the request showed it. */
export interface SignerContext {
  ip: string | null;
  userAgent: string | null;
}

const SIGNED = new Set(['signed', 'active', 'completed']);

/**
 * The public side of a contract, reached only through a signing link: what the signer sees, the
 * PDF, and signing itself. Signing renders the final PDF (signature and audit page) before it takes
 * the row lock, then, holding it, checks nothing changed, stores the PDF and its SHA-256 with the
 * audit, creates the deliveries and moves the status, all in one transaction: a second signature
 * waits on the lock and finds the contract signed (409).
 */
@Injectable()
export class ContractSigning {
  private readonly logger = new Logger(ContractSigning.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly tokens: SigningTokens,
    private readonly views: ContractViews,
    private readonly documents: ContractDocuments,
    private readonly deliveries: ContractDeliveries,
    private readonly trail: OutreachTrail,
    private readonly notifications: NotificationsService,
    private readonly transport: EmailTransport,
    private readonly links: DeliveryLinks,
    private readonly clock: Clock,
  ) {}

  async view(token: string): Promise<{ contract: PublicContractDto; pdfUrl: string }> {
    const { storeId, contract } = await this.open(token);
    return { contract: this.views.toPublic(contract, (await this.views.brandOf(storeId)).name), pdfUrl: `/api/public/contracts/${encodeURIComponent(token)}/pdf` };
  }

  async pdf(token: string): Promise<Buffer> {
    const { storeId, contract } = await this.open(token);
    return this.documents.pdf(storeId, contract);
  }

  async sign(token: string, signerName: string, signer: SignerContext): Promise<{ contract: PublicContractDto }> {
    const { storeId, contract } = await this.open(token);
    if (SIGNED.has(contract.status)) throw new ConflictException('This contract is already signed', { status: contract.status });
    const signedAt = this.clock.now();
    const audit: Omit<ContractAudit, 'pdfSha256'> = { signerName, signedAt: signedAt.toISOString(), ip: signer.ip, userAgent: signer.userAgent?.slice(0, 500) ?? null };
    const signed = await this.documents.signed(storeId, contract, audit);
    const fullAudit: ContractAudit = { ...audit, pdfSha256: signed.sha256 };
    const outreachId = await this.tenancy.transaction(async (manager) => {
      const now = await this.views.locked(storeId, contract.id, manager);
      if (SIGNED.has(now.status)) throw new ConflictException('This contract is already signed', { status: now.status });
      if (now.status !== 'sent' || now.signingNonce !== contract.signingNonce || now.updatedAt.getTime() !== contract.updatedAt.getTime()) {
        throw new GoneException('This signing link no longer matches the contract: ask the brand for a new one');
      }
      // Active at once when the term has already begun; otherwise the periodic job activates it on its start date.
      const status = now.startDate <= signedAt ? 'active' : 'signed';
      await this.tenancy.query(
        storeId,
        `UPDATE influencer_contracts SET status = $3, signed_at = $4, audit = $5::jsonb, updated_at = now() WHERE store_id = $1 AND id = $2`,
        [contract.id, status, signedAt, JSON.stringify(fullAudit)],
        manager,
      );
      await this.tenancy.query(storeId, `INSERT INTO contract_documents (store_id, contract_id, pdf, sha256) VALUES ($1, $2, $3, $4)`, [contract.id, signed.pdf, signed.sha256], manager);
      await this.deliveries.createFor(now, manager);
      return this.trail.record(storeId, now, 'contract_signed', { signerName, pdfSha256: signed.sha256 }, manager);
    });
    const after = await this.views.load(storeId, contract.id);
    await this.tellBothParties(storeId, after, signed.pdf, outreachId);
    return { contract: this.views.toPublic(after, (await this.views.brandOf(storeId)).name) };
  }

  /** The contract a link names: 404 for a link we never made, 410 for one that has expired, was replaced by a newer send, or whose contract was withdrawn. */
  private async open(token: string): Promise<{ storeId: string; contract: LoadedContract }> {
    const claim = this.tokens.read(token);
    if (!claim) throw new NotFoundException('Signing link');
    const [row] = await this.tenancy.acrossStores<{ store_id: string }>(`SELECT store_id FROM influencer_contracts WHERE id = $1`, [claim.contractId]);
    if (!row) throw new NotFoundException('Signing link');
    const contract = await this.views.load(row.store_id, claim.contractId);
    if (contract.status === 'cancelled') throw new GoneException('This contract was withdrawn by the brand');
    if (claim.expiresAt.getTime() <= this.clock.now().getTime()) throw new GoneException('This signing link has expired: ask the brand for a new one');
    if (contract.signingNonce !== claim.nonce) throw new GoneException('A newer signing link was sent for this contract: use the latest email');
    return { storeId: row.store_id, contract };
  }

  /** The team gets a notification; the creator gets the signed PDF by email. Neither can undo the signature, so a failure is logged. */
  private async tellBothParties(storeId: string, contract: LoadedContract, pdf: Buffer, outreachId: string | null): Promise<void> {
    const signerName = contract.audit?.signerName ?? '';
    await this.notifications
      .notify(storeId, { type: 'contract_signed', title: `${signerName} signed the ${contract.campaign.name} contract`, body: `Signed ${contract.signedAt?.toISOString() ?? ''}`, outreachId, data: { contractId: contract.id } })
      .catch((error: unknown) => this.logger.warn({ err: error, contractId: contract.id }, 'could not notify the team of a signature'));
    const sender = await this.views.senderOf(storeId);
    if (!sender || !contract.influencer.email) return;
    await this.transport
      .send({
        from: { name: sender.fromName, address: sender.fromEmail },
        to: contract.influencer.email,
        subject: `Signed: your ${contract.campaign.name} agreement with ${sender.storeName}`,
        text: `Thank you, ${signerName}. Your signed agreement with ${sender.storeName} is attached for your records.\n\nSHA-256 of the signed PDF: ${contract.audit?.pdfSha256 ?? ''}\n\nWhat is due and when, and where to send drafts and post links: ${this.links.for(contract).url}\n\n${sender.storeName}`,
        attachments: [{ filename: `agreement-${contract.id.slice(0, 8)}.pdf`, content: pdf, contentType: 'application/pdf' }],
        headers: { 'Auto-Submitted': 'auto-generated' },
      })
      .catch((error: unknown) => this.logger.warn({ err: error, contractId: contract.id }, 'could not email the signed copy to the creator'));
  }
}
