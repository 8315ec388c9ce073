import { createHmac } from 'node:crypto';
import { safeEqual } from '@parley/server-core';

/** How far a TikTok signature's timestamp may be from now, either way (the contract: 5 minutes). */
export const TIKTOK_TOLERANCE_SECONDS = 300;

const hmacHex = (secret: string, ...parts: (string | Buffer)[]) => {
  const mac = createHmac('sha256', secret);
  for (const part of parts) mac.update(part);
  return mac.digest('hex');
};

/**
 * Meta's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`, compared in constant
 * time over the bytes exactly as received. False when the secret is not configured or the header is
 * missing or malformed.
 */
export function verifyMetaSignature(secret: string | undefined, raw: Buffer, header: string | string[] | undefined): boolean {
  if (!secret || typeof header !== 'string') return false;
  const got = header.trim();
  if (!/^sha256=[0-9a-fA-F]{64}$/.test(got)) return false;
  return safeEqual(`sha256=${hmacHex(secret, raw)}`, `sha256=${got.slice(7).toLowerCase()}`);
}

/**
 * TikTok's `Tiktok-Signature: t=<unix seconds>,s=<hex HMAC-SHA256(app secret, "<t>.<raw body>")>`:
 * the MAC compared in constant time, and `t` within TIKTOK_TOLERANCE_SECONDS of `nowMs`, so a captured
 * delivery cannot be replayed later. False when the secret is not configured or the header is missing,
 * malformed, wrong or too old.
 */
export function verifyTiktokSignature(
  secret: string | undefined,
  raw: Buffer,
  header: string | string[] | undefined,
  nowMs: number,
  toleranceSeconds = TIKTOK_TOLERANCE_SECONDS,
): boolean {
  if (!secret || typeof header !== 'string') return false;
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const t = fields.get('t');
  const s = fields.get('s');
  if (!t || !s || !/^\d{1,12}$/.test(t) || !/^[0-9a-fA-F]{64}$/.test(s)) return false;
  if (Math.abs(nowMs / 1000 - Number(t)) > toleranceSeconds) return false;
  return safeEqual(hmacHex(secret, `${t}.`, raw), s.toLowerCase());
}
