import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import type { InfluencerContract } from '@parley/server-data';
import { DeliveryTokens } from '../signing-tokens';

const DAY_MS = 86_400_000;
/** The creator's page keeps working a while after the term, for late posts and figures. */
const AFTER_TERM_DAYS = 60;

/** The creator's link to their promised items (`PUBLIC_URL/deliver/<token>`), valid until 60 days after the term. */
@Injectable()
export class DeliveryLinks {
  constructor(
    private readonly tokens: DeliveryTokens,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'PUBLIC_URL'>,
  ) {}

  for(contract: Pick<InfluencerContract, 'id' | 'endDate' | 'signingNonce'>): { url: string; expiresAt: string } {
    const expiresAt = new Date(contract.endDate.getTime() + AFTER_TERM_DAYS * DAY_MS);
    const token = this.tokens.issue({ contractId: contract.id, nonce: contract.signingNonce ?? '', expiresAt });
    return { url: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/deliver/${token}`, expiresAt: expiresAt.toISOString() };
  }
}
