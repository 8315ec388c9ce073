import { SecretBox } from './index';

describe('SecretBox', () => {
  const box = new SecretBox({ ENCRYPTION_KEY: Buffer.alloc(32, 9) });

  it('round-trips, with a fresh IV each time, and refuses a changed ciphertext or another key', () => {
    const a = box.seal('imaps://sam:s3cret@imap.example.com:993');
    expect(a).toMatch(/^v1:/);
    expect(a).not.toContain('s3cret');
    expect(box.seal('imaps://sam:s3cret@imap.example.com:993')).not.toBe(a);
    expect(box.open(a)).toBe('imaps://sam:s3cret@imap.example.com:993');
    const bytes = Buffer.from(a.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => box.open(`v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => new SecretBox({ ENCRYPTION_KEY: Buffer.alloc(32, 1) }).open(a)).toThrow();
  });

  it('says plainly that secrets need ENCRYPTION_KEY', () => {
    expect(() => new SecretBox({ ENCRYPTION_KEY: undefined }).seal('x')).toThrow(/ENCRYPTION_KEY/);
  });
});
