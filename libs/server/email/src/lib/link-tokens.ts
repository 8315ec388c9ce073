import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, safeEqual, type AppConfig } from '@parley/server-core';

type Purpose = 'open' | 'click' | 'unsubscribe' | 'reply';
const PURPOSES: Purpose[] = ['open', 'click', 'unsubscribe', 'reply'];
const SIGNATURE_BYTES = 16;
/** Hex characters of the signature in a reply address: local parts are case-folded by some servers, so no base64. */
const REPLY_SIGNATURE_HEX = 16;

const uuidToBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signed, opaque tokens for the links and addresses inside a sent email: the open pixel, each tracked
 * link (the target URL is inside the token, so a swapped or added URL cannot pass), the unsubscribe
 * link and the per-outreach reply address. Each purpose has its own key derived from APP_SECRET, so a
 * token of one kind never verifies as another.
 */
@Injectable()
export class LinkTokens {
  private readonly keys: Record<Purpose, Buffer>;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'APP_SECRET'>) {
    this.keys = Object.fromEntries(
      PURPOSES.map((p) => [p, Buffer.from(hkdfSync('sha256', config.APP_SECRET, 'parley-link-tokens', p, 32))]),
    ) as Record<Purpose, Buffer>;
  }

  open(messageId: string): string {
    return this.seal('open', uuidToBytes(messageId));
  }

  readOpen(token: string): string | null {
    const payload = this.unseal('open', token);
    return payload?.length === 16 ? bytesToUuid(payload) : null;
  }

  click(messageId: string, url: string): string {
    return this.seal('click', Buffer.concat([uuidToBytes(messageId), Buffer.from(url, 'utf8')]));
  }

  readClick(token: string): { messageId: string; url: string } | null {
    const payload = this.unseal('click', token);
    if (!payload || payload.length <= 16) return null;
    const url = payload.subarray(16).toString('utf8');
    return /^https?:\/\//i.test(url) ? { messageId: bytesToUuid(payload.subarray(0, 16)), url } : null;
  }

  unsubscribe(messageId: string): string {
    return this.seal('unsubscribe', uuidToBytes(messageId));
  }

  readUnsubscribe(token: string): string | null {
    const payload = this.unseal('unsubscribe', token);
    return payload?.length === 16 ? bytesToUuid(payload) : null;
  }

  /** The local part of an outreach's reply address: `reply+<id><signature>` in lower-case hex. */
  replyLocalPart(outreachId: string): string {
    const id = outreachId.replace(/-/g, '').toLowerCase();
    return `reply+${id}${this.sign('reply', Buffer.from(id)).toString('hex').slice(0, REPLY_SIGNATURE_HEX)}`;
  }

  /** The outreach a reply address belongs to, or null when it is not one of ours. */
  readReplyAddress(address: string): string | null {
    const m = /^[^+@]+\+([0-9a-f]{32})([0-9a-f]{16})@/i.exec(address.trim());
    if (!m) return null;
    const id = m[1].toLowerCase();
    const expected = this.sign('reply', Buffer.from(id)).toString('hex').slice(0, REPLY_SIGNATURE_HEX);
    if (!safeEqual(expected, m[2].toLowerCase())) return null;
    const uuid = bytesToUuid(Buffer.from(id, 'hex'));
    return UUID.test(uuid) ? uuid : null;
  }

  private sign(purpose: Purpose, payload: Buffer): Buffer {
    return createHmac('sha256', this.keys[purpose]).update(payload).digest().subarray(0, SIGNATURE_BYTES);
  }

  private seal(purpose: Purpose, payload: Buffer): string {
    return `${payload.toString('base64url')}.${this.sign(purpose, payload).toString('base64url')}`;
  }

  private unseal(purpose: Purpose, token: string): Buffer | null {
    const dot = token.lastIndexOf('.');
    if (dot <= 0 || token.length > 8192) return null;
    const payload = Buffer.from(token.slice(0, dot), 'base64url');
    const signature = Buffer.from(token.slice(dot + 1), 'base64url');
    // base64url decoding ignores stray characters and spare bits: re-encode so only the canonical token passes.
    if (payload.toString('base64url') !== token.slice(0, dot) || signature.toString('base64url') !== token.slice(dot + 1)) return null;
    return safeEqual(signature, this.sign(purpose, payload)) ? payload : null;
  }
}
