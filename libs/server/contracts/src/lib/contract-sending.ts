import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, ChannelNotReadyException, Clock, ConflictException, DeliveryFailedException, Tenancy, escapeHtml, type AppConfig, type AuthContext } from '@parley/server-core';
import { EmailTransport } from '@parley/server-email';
import type { ContractDto } from '@parley/shared-types';
import { ContractViews, type LoadedContract } from './contract-views';
import { COMPENSATION_LABELS } from './pdf/contract-document';
import { formatAmount, formatDate } from './pdf/contract-format';
import { OutreachTrail } from './outreach-trail';
import { SigningTokens } from './signing-tokens';

const DAY_MS = 86_400_000;

/**
 * Sends a contract for signature: a new signing link (a fresh nonce retires any earlier one) emailed
 * to the creator from the store's sender identity. The status moves to sent only once the mail
 * server has taken the email, inside the transaction that holds the contract row, so a failed send
 * leaves the contract as it was and says why.
 */
@Injectable()
export class ContractSending {
  private readonly logger = new Logger(ContractSending.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly views: ContractViews,
    private readonly tokens: SigningTokens,
    private readonly transport: EmailTransport,
    private readonly trail: OutreachTrail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'PUBLIC_URL' | 'CONTRACT_SIGNING_TTL_DAYS'>,
  ) {}

  async send(auth: AuthContext, id: string): Promise<ContractDto> {
    const storeId = auth.storeId;
    const sender = await this.views.senderOf(storeId);
    if (!sender) throw new ChannelNotReadyException('Set up the email sender identity (Settings → Channels) before sending a contract', { channel: 'email' });
    await this.tenancy.transaction(async (manager) => {
      const contract = await this.views.locked(storeId, id, manager);
      if (contract.status !== 'draft' && contract.status !== 'sent') throw new ConflictException(`The contract is ${contract.status}: only a draft (or a sent contract, again) can be sent for signature`, { status: contract.status });
      if (!contract.influencer.email) throw new ConflictException(`${contract.influencer.username} has no email address: add one to send the contract`, { field: 'influencer.email' });
      const nonce = SigningTokens.newNonce();
      const expiresAt = new Date(this.clock.now().getTime() + this.config.CONTRACT_SIGNING_TTL_DAYS * DAY_MS);
      const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/sign/${this.tokens.issue({ contractId: id, nonce, expiresAt })}`;
      await this.tenancy.query(
        storeId,
        `UPDATE influencer_contracts SET status = 'sent', sent_at = $3, signing_nonce = $4, signing_expires_at = $5, updated_at = now() WHERE store_id = $1 AND id = $2`,
        [id, this.clock.now(), nonce, expiresAt],
        manager,
      );
      await this.trail.record(storeId, contract, 'contract_sent', { by: auth.email, expiresAt: expiresAt.toISOString() }, manager);
      try {
        await this.transport.send({ from: { name: sender.fromName, address: sender.fromEmail }, to: contract.influencer.email, ...signingEmail(contract, sender.storeName, link, expiresAt), headers: { 'Auto-Submitted': 'auto-generated' } });
      } catch (error) {
        this.logger.warn({ err: error, contractId: id }, 'the signing email was not accepted');
        throw new DeliveryFailedException('The signing email', (error as Error).message);
      }
    });
    return this.views.toDto(await this.views.load(storeId, id), (await this.views.brandOf(storeId)).name);
  }
}

function signingEmail(contract: LoadedContract, brandName: string, link: string, expiresAt: Date): { subject: string; text: string; html: string } {
  const name = contract.influencer.displayName?.trim() || contract.influencer.username;
  const amount = `${formatAmount(contract.compensation, contract.currency)} (${COMPENSATION_LABELS[contract.compensationType].toLowerCase()})`;
  const items = contract.deliverables.map((d) => `${d.quantity} × ${d.type} on ${d.platform}${d.dueDate ? `, due ${formatDate(new Date(d.dueDate))}` : ''}`);
  const subject = `Please sign: your ${contract.campaign.name} agreement with ${brandName}`;
  const text = [
    `Hi ${name},`,
    '',
    `Here is the agreement for ${contract.campaign.name} with ${brandName}, as we discussed:`,
    `- Compensation: ${amount}`,
    `- Term: ${formatDate(contract.startDate)} to ${formatDate(contract.endDate)}`,
    ...items.map((i) => `- ${i}`),
    '',
    `Read the whole agreement and sign it here (the link works until ${formatDate(expiresAt)}):`,
    link,
    '',
    'Reply to this email if anything should change before you sign.',
    '',
    brandName,
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(name)},</p>
<p>Here is the agreement for <strong>${escapeHtml(contract.campaign.name)}</strong> with ${escapeHtml(brandName)}, as we discussed:</p>
<ul><li>Compensation: ${escapeHtml(amount)}</li><li>Term: ${escapeHtml(formatDate(contract.startDate))} to ${escapeHtml(formatDate(contract.endDate))}</li>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>
<p><a href="${escapeHtml(link)}">Read and sign the agreement</a> (the link works until ${escapeHtml(formatDate(expiresAt))}).</p>
<p>Reply to this email if anything should change before you sign.</p>
<p>${escapeHtml(brandName)}</p>`;
  return { subject, text, html };
}
