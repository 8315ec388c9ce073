import { randomUUID } from 'node:crypto';
import { LinkTokens } from './link-tokens';

describe('LinkTokens', () => {
  const tokens = new LinkTokens({ APP_SECRET: 'x'.repeat(40) });
  const other = new LinkTokens({ APP_SECRET: 'y'.repeat(40) });
  const id = randomUUID();

  it('round-trips every kind of token, and a token of one kind never reads as another', () => {
    expect(tokens.readOpen(tokens.open(id))).toBe(id);
    expect(tokens.readUnsubscribe(tokens.unsubscribe(id))).toBe(id);
    expect(tokens.readClick(tokens.click(id, 'https://shop.example.com/a?b=1&c=ü'))).toEqual({ messageId: id, url: 'https://shop.example.com/a?b=1&c=ü' });
    expect(tokens.readUnsubscribe(tokens.open(id))).toBeNull();
    expect(tokens.readOpen(tokens.unsubscribe(id))).toBeNull();
    expect(other.readOpen(tokens.open(id))).toBeNull();
  });

  it('refuses any changed character, and links that are not http(s)', () => {
    const t = tokens.click(id, 'https://shop.example.com/x');
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '.') continue;
      const changed = t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
      expect(tokens.readClick(changed)).toBeNull();
    }
    expect(tokens.readClick('garbage')).toBeNull();
    expect(tokens.readClick(tokens.click(id, 'javascript:alert(1)'))).toBeNull();
  });

  it('makes a lower-case reply address that maps back to its outreach and only that', () => {
    const local = tokens.replyLocalPart(id);
    expect(local).toMatch(/^reply\+[0-9a-f]{48}$/);
    expect(tokens.readReplyAddress(`${local}@in.example.com`)).toBe(id);
    expect(tokens.readReplyAddress(`${local.toUpperCase()}@IN.EXAMPLE.COM`)).toBe(id);
    const flipped = `${local.slice(0, -1)}${local.endsWith('a') ? 'b' : 'a'}`;
    expect(tokens.readReplyAddress(`${flipped}@in.example.com`)).toBeNull();
    expect(other.readReplyAddress(`${local}@in.example.com`)).toBeNull();
  });
});
