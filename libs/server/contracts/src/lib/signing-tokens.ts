import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, safeEqual, type AppConfig } from '@parley/server-core';

const SIGNATURE_BYTES = 16;
const NONCE_BYTES = 9;
const PAYLOAD_BYTES = 16 + NONCE_BYTES + 6;

/** What a signing link names: the contract, the send it came from, and when it stops working. */
export interface SigningClaim {
  contractId: string;
  nonce: string;
  expiresAt: Date;
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * A contract's public links: an opaque, HMAC-signed token holding the contract, a nonce and the
 * expiry, with a key per purpose derived from APP_SECRET, so a signing token never opens the
 * delivery page or the reverse. A forged or altered token reads as nothing.
 */
abstract class ContractLinkTokens {
  private readonly key: Buffer;

  protected constructor(secret: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'parley-contract-signing', purpose, 32));
  }

  static newNonce(): string {
    return randomBytes(NONCE_BYTES).toString('base64url');
  }

  issue(claim: SigningClaim): string {
    const expiry = Buffer.alloc(6);
    expiry.writeUIntBE(Math.floor(claim.expiresAt.getTime() / 1000), 0, 6);
    const payload = Buffer.concat([uuidBytes(claim.contractId), Buffer.from(claim.nonce, 'base64url'), expiry]);
    return Buffer.concat([payload, this.mac(payload)]).toString('base64url');
  }

  read(token: string): SigningClaim | null {
    if (!/^[A-Za-z0-9_-]{20,80}$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length !== PAYLOAD_BYTES + SIGNATURE_BYTES) return null;
    const payload = raw.subarray(0, PAYLOAD_BYTES);
    if (!safeEqual(raw.subarray(PAYLOAD_BYTES), this.mac(payload))) return null;
    return {
      contractId: uuidOf(payload.subarray(0, 16)),
      nonce: payload.subarray(16, 16 + NONCE_BYTES).toString('base64url'),
      expiresAt: new Date(payload.readUIntBE(16 + NONCE_BYTES, 6) * 1000),
    };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, SIGNATURE_BYTES);
  }
}

/** Signing links: the nonce is the send's (a new send changes it, retiring older links). */
@Injectable()
export class SigningTokens extends ContractLinkTokens {
  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'APP_SECRET'>) {
    super(config.APP_SECRET, 'sign');
  }
}

/** The creator's delivery page: the nonce is the signing nonce of the signed contract. */
@Injectable()
export class DeliveryTokens extends ContractLinkTokens {
  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'APP_SECRET'>) {
    super(config.APP_SECRET, 'deliver');
  }
}
