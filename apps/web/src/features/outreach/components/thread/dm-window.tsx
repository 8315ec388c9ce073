import type { DmWindowDto, OutreachDto } from '@parley/shared-types';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { SERVICE_NAMES } from '@/features/templates/components/labels';
import { formatCountdown, formatDateTime, formatInteger, formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** Where a DM conversation stands right now, worked out from the API's DmWindowDto and the clock. */
export type DmWindowState =
  /** The record carries no window (an API from before DMs). */
  | { kind: 'unknown' }
  | { kind: 'not_connected' }
  /** The creator never wrote: only a person may send. */
  | { kind: 'never_wrote' }
  /** Messages go by API until `until`; `quota` on TikTok. */
  | { kind: 'open'; until: string; leftMs: number; quota: { left: number; total: number } | null }
  /** The window is open but its message allowance is spent (TikTok). */
  | { kind: 'quota_spent'; total: number; lastInboundAt: string }
  /** Instagram's HUMAN_AGENT stretch: only messages a person writes may go, until `until`. */
  | { kind: 'human_agent'; until: string; leftMs: number }
  | { kind: 'closed'; lastInboundAt: string };

/** Whether a message a person writes now (a response) goes by API; otherwise it becomes an assisted task. */
export const acceptsWrittenReply = (state: DmWindowState): boolean => state.kind === 'open' || state.kind === 'human_agent';

export function dmWindowState(w: DmWindowDto | null | undefined, now: number): DmWindowState {
  if (!w) return { kind: 'unknown' };
  if (!w.connected) return { kind: 'not_connected' };
  if (!w.lastInboundAt) return { kind: 'never_wrote' };
  const openUntil = w.openUntil ? Date.parse(w.openUntil) : NaN;
  if (w.openUntil && openUntil > now) {
    if (w.quotaPerWindow !== null) {
      const left = Math.max(0, w.quotaPerWindow - w.sentSinceInbound);
      if (left === 0) return { kind: 'quota_spent', total: w.quotaPerWindow, lastInboundAt: w.lastInboundAt };
      return { kind: 'open', until: w.openUntil, leftMs: openUntil - now, quota: { left, total: w.quotaPerWindow } };
    }
    return { kind: 'open', until: w.openUntil, leftMs: openUntil - now, quota: null };
  }
  const humanUntil = w.humanAgentUntil ? Date.parse(w.humanAgentUntil) : NaN;
  if (w.humanAgentUntil && humanUntil > now) return { kind: 'human_agent', until: w.humanAgentUntil, leftMs: humanUntil - now };
  return { kind: 'closed', lastInboundAt: w.lastInboundAt };
}

/** The outreach's window, recomputed every second so the countdown moves (with the instant it was read at); null for email. */
export function useDmWindow(outreach: Pick<OutreachDto, 'channel' | 'dmWindow'>): { state: DmWindowState; now: number } | null {
  const dm = outreach.channel !== 'email';
  // Email has no window: tick rarely rather than calling a hook conditionally.
  const now = useNow(dm ? 1_000 : 3_600_000);
  return dm ? { state: dmWindowState(outreach.dmWindow, now), now } : null;
}

const CLOSED = 'Closed: your next message becomes an assisted task';

/** The headline, its tone and the sentence under it, in plain words. */
function describe(state: DmWindowState, service: string, now: number): { title: string; tone: BadgeTone; detail: string } | null {
  switch (state.kind) {
    case 'unknown':
      return null;
    case 'not_connected':
      return { title: CLOSED, tone: 'warning', detail: `${service} is not connected to Parley, so every message is sent by hand.` };
    case 'never_wrote':
      return { title: CLOSED, tone: 'warning', detail: `They haven’t written to you yet: ${service} only lets a person send the first message.` };
    case 'open':
      return {
        title: `Window open for ${formatCountdown(state.leftMs)}`,
        tone: 'success',
        detail: `Until ${formatDateTime(state.until)}, your replies and follow-ups go by ${service} automatically.`,
      };
    case 'quota_spent':
      return {
        title: CLOSED,
        tone: 'warning',
        detail: `All ${formatInteger(state.total)} messages of this window are used (the creator last wrote ${formatRelative(state.lastInboundAt, now)}). It counts again when they write.`,
      };
    case 'human_agent':
      return {
        title: `Only messages you write, until ${formatDateTime(state.until)}`,
        tone: 'info',
        detail: `The automatic window has closed. For ${formatCountdown(state.leftMs)} more, replies you write here still go by ${service}; automatic follow-ups become assisted tasks.`,
      };
    case 'closed':
      return {
        title: CLOSED,
        tone: 'neutral',
        detail: `The creator last wrote ${formatRelative(state.lastInboundAt, now)}. The window opens again when they write.`,
      };
  }
}

/**
 * A DM outreach's conversation: where it is on the platform (the deep link a person opens), and
 * whether the platform takes messages from Parley right now, counting down live.
 */
export function DmWindowPanel({ outreach, level = 2 }: { outreach: OutreachDto; level?: 2 | 3 }) {
  const dm = useDmWindow(outreach);
  const titleId = useId();
  if (!dm) return null;
  const { state, now } = dm;
  const service = SERVICE_NAMES[outreach.channel];
  const described = describe(state, service, now);
  const Heading = `h${level}` as const;
  const quota = state.kind === 'open' ? state.quota : state.kind === 'quota_spent' ? { left: 0, total: state.total } : null;

  return (
    <section className="card stack stack--sm dm-window" aria-labelledby={titleId}>
      <Heading id={titleId} className="section-title">
        {service} conversation
      </Heading>
      {described ? (
        <div className="stack stack--sm">
          <p className="row">
            {/* A closed window says so in its title; an open one gets a badge too, since messages go by API. */}
            {(state.kind === 'open' || state.kind === 'human_agent') && <Badge tone={described.tone}>{state.kind === 'open' ? 'Open' : 'You write'}</Badge>}
            <strong className={`dm-window__title dm-window__title--${described.tone}`}>{described.title}</strong>
          </p>
          {quota && (
            <p className="small">
              {formatInteger(quota.left)} of {formatInteger(quota.total)} messages left in this window
            </p>
          )}
          <p className="muted small">{described.detail}</p>
          {state.kind === 'not_connected' && (
            <p className="small">
              <Link to="/settings#channels">Connect {service} in Settings → Channels</Link>
            </p>
          )}
        </div>
      ) : (
        <p className="muted small">Parley cannot tell whether {service} takes messages in this conversation right now.</p>
      )}
      {outreach.deepLink && (
        <p className="small">
          <a href={outreach.deepLink} target="_blank" rel="noopener noreferrer">
            Open the conversation on {service}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>{' '}
          <span className="muted dm-window__link">{outreach.deepLink}</span>
        </p>
      )}
    </section>
  );
}
