import { CHANNEL_CAPABILITIES } from '@parley/shared-types';
import { dmWindow } from './dm-window';

const HOUR = 3_600_000;
const now = new Date('2026-11-30T12:00:00Z');
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
const instagram = CHANNEL_CAPABILITIES.instagram_dm;
const tiktok = CHANNEL_CAPABILITIES.tiktok_dm;

describe('dmWindow', () => {
  it('refuses a first message: the creator must write first', () => {
    expect(dmWindow(instagram, null, now, { humanWritten: true })).toEqual({ open: false, reason: 'no_conversation' });
    expect(dmWindow(tiktok, { lastInboundAt: null, sentSinceInbound: 0 }, now, { humanWritten: false })).toEqual({ open: false, reason: 'no_conversation' });
  });

  it('Instagram: open for 24 h after the creator wrote, untagged', () => {
    expect(dmWindow(instagram, { lastInboundAt: ago(23.9), sentSinceInbound: 40 }, now, { humanWritten: false })).toEqual({ open: true, humanAgent: false, openUntil: new Date(ago(23.9).getTime() + 24 * HOUR) });
    expect(dmWindow(instagram, { lastInboundAt: ago(24), sentSinceInbound: 0 }, now, { humanWritten: false })).toMatchObject({ open: true, humanAgent: false });
  });

  it('Instagram: from 24 h to 7 days only a message a person wrote goes, tagged HUMAN_AGENT', () => {
    expect(dmWindow(instagram, { lastInboundAt: ago(25), sentSinceInbound: 0 }, now, { humanWritten: true })).toEqual({ open: true, humanAgent: true, openUntil: new Date(ago(25).getTime() + 168 * HOUR) });
    expect(dmWindow(instagram, { lastInboundAt: ago(25), sentSinceInbound: 0 }, now, { humanWritten: false })).toEqual({ open: false, reason: 'outside_window' });
    expect(dmWindow(instagram, { lastInboundAt: ago(168), sentSinceInbound: 0 }, now, { humanWritten: true })).toMatchObject({ open: true, humanAgent: true });
    expect(dmWindow(instagram, { lastInboundAt: ago(168.01), sentSinceInbound: 0 }, now, { humanWritten: true })).toEqual({ open: false, reason: 'outside_window' });
  });

  it('TikTok: 48 h, at most 10 of our messages per message of the creator, no tag', () => {
    expect(dmWindow(tiktok, { lastInboundAt: ago(47), sentSinceInbound: 9 }, now, { humanWritten: false })).toMatchObject({ open: true, humanAgent: false });
    expect(dmWindow(tiktok, { lastInboundAt: ago(47), sentSinceInbound: 10 }, now, { humanWritten: true })).toEqual({ open: false, reason: 'quota' });
    expect(dmWindow(tiktok, { lastInboundAt: ago(49), sentSinceInbound: 0 }, now, { humanWritten: true })).toEqual({ open: false, reason: 'outside_window' });
  });

  it('email has no window', () => {
    expect(dmWindow(CHANNEL_CAPABILITIES.email, { lastInboundAt: ago(1000), sentSinceInbound: 500 }, now, { humanWritten: false })).toMatchObject({ open: true });
  });
});
