import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { ContractAudit } from '@parley/server-data';
import { ContractViews, type LoadedContract } from './contract-views';
import { contractHtml } from './pdf/contract-document';
import { PdfRenderer } from './pdf/pdf-renderer';

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const SIGNED = new Set(['signed', 'active', 'completed']);

/**
 * A contract's PDF: rendered from the current terms until it is signed; from then on the stored
 * signed PDF, byte for byte (the audit's SHA-256 is of those bytes).
 */
@Injectable()
export class ContractDocuments {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly views: ContractViews,
    private readonly renderer: PdfRenderer,
  ) {}

  async pdf(storeId: string, contract: LoadedContract): Promise<Buffer> {
    if (SIGNED.has(contract.status)) {
      const [stored] = await this.tenancy.query<{ pdf: Buffer }>(storeId, `SELECT pdf FROM contract_documents WHERE store_id = $1 AND contract_id = $2`, [contract.id]);
      if (stored) return stored.pdf;
    }
    return this.terms(storeId, contract);
  }

  /** The unsigned agreement as the signer is shown it. */
  async terms(storeId: string, contract: LoadedContract): Promise<Buffer> {
    const input = this.views.documentInput(contract, await this.views.brandOf(storeId));
    return this.renderer.render(contractHtml(input));
  }

  /** The agreement with the signature and an audit page that names the unsigned terms' fingerprint (SHA-256 of their HTML). */
  async signed(storeId: string, contract: LoadedContract, audit: Omit<ContractAudit, 'pdfSha256'>): Promise<{ pdf: Buffer; sha256: string }> {
    const input = this.views.documentInput(contract, await this.views.brandOf(storeId));
    // The fingerprint of the terms is of their HTML document: rendering it again to hash a PDF would
    // cost a second render, and PDF bytes carry a creation time, so they could not be reproduced.
    const termsSha256 = sha256Hex(Buffer.from(contractHtml(input), 'utf8'));
    const pdf = await this.renderer.render(contractHtml(input, { audit, termsSha256 }));
    return { pdf, sha256: sha256Hex(pdf) };
  }
}
