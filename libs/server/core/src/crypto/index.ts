import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config';
import { ChannelNotReadyException } from '../errors';

const VERSION = 'v1';

/** Compares secrets (tokens, signatures) in constant time; different lengths are simply unequal. */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Encrypts stored secrets (mailbox passwords, platform tokens) with AES-256-GCM under ENCRYPTION_KEY:
 * `v1:<base64 of iv | tag | ciphertext>`, a fresh 12-byte IV each time. Without a key nothing can be
 * stored, and saying so is the caller's 409.
 */
@Injectable()
export class SecretBox {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'ENCRYPTION_KEY'>) {}

  seal(plain: string): string {
    const key = this.key();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, data] = sealed.split(':');
    if (version !== VERSION || !data) throw new Error('not a sealed secret');
    const bytes = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }

  private key(): Buffer {
    if (!this.config.ENCRYPTION_KEY) throw new ChannelNotReadyException('The server has no ENCRYPTION_KEY, so it cannot store secrets: set it (32 bytes, base64 or hex) and restart');
    return this.config.ENCRYPTION_KEY;
  }
}

@Global()
@Module({ providers: [SecretBox], exports: [SecretBox] })
export class CryptoModule {}
