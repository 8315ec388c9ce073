import { CHANNEL_LIMITS, type ChannelStatusDto, type DmChannel } from '@parley/shared-types';
import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { CHANNEL_LABELS, SERVICE_NAMES } from '@/features/templates/components/labels';
import { formatInteger } from '@/lib/format';
import { useChannels } from '../api/get-channels';
import { DmConnection } from './dm-connection';
import { EmailSender } from './email-sender';

/** Region codes of `unavailableIn` as a sentence names them; other codes fall back to the browser's region names. */
const REGION_NAMES: Record<string, string> = { EEA: 'the EEA', EU: 'the EU', CH: 'Switzerland', GB: 'the UK', US: 'the US' };
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function regionName(code: string): string {
  if (REGION_NAMES[code]) return REGION_NAMES[code];
  try {
    return regionNames.of(code) ?? code;
  } catch {
    // Not an ISO region code (DisplayNames throws on those): show it as sent.
    return code;
  }
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : (items[0] ?? '');
}

const hours = (n: number) => `${formatInteger(n)} ${n === 1 ? 'hour' : 'hours'}`;

/** A long span in days when it is whole days ("7 days"), else in hours. */
const span = (n: number) => (n > 48 && n % 24 === 0 ? `${formatInteger(n / 24)} days` : hours(n));

/** What a channel can and cannot do, in plain sentences, from the API's capabilities (no figure is the SPA's own). */
function capabilityLines(status: ChannelStatusDto): string[] {
  const { channel, canStartConversation, windowHours, humanAgentWindowHours, quotaPerWindow, maxLength, unavailableIn } = status;
  const service = SERVICE_NAMES[channel];
  const lines: string[] = [];
  if (canStartConversation) lines.push('Can start a conversation');
  else {
    if (windowHours !== null) lines.push(`Replies only: ${service} lets a business answer within ${hours(windowHours)} of the creator’s last message`);
    else lines.push(`Replies only: ${service} lets a business answer only after the creator writes first`);
    lines.push(`Cannot send the first message: Parley prepares it as an assisted send, and a person sends it by hand in the ${service} app`);
  }
  if (humanAgentWindowHours !== null) {
    lines.push(`Messages a person writes (not automatic follow-ups) may still go up to ${span(humanAgentWindowHours)} after the creator’s last message`);
  }
  if (quotaPerWindow !== null) {
    lines.push(
      `Up to ${formatInteger(quotaPerWindow)} ${quotaPerWindow === 1 ? 'message' : 'messages'} per ${windowHours !== null ? hours(windowHours) : 'conversation'}, counted again each time the creator writes`,
    );
  }
  if (!canStartConversation && windowHours !== null) {
    lines.push(`Outside that window${quotaPerWindow !== null ? ' or over the limit' : ''}, follow-ups and replies become assisted sends too`);
  }
  if (maxLength === null) lines.push('No length limit');
  // Instagram counts bytes rather than characters, so accented letters and emoji use up the limit faster.
  else if (CHANNEL_LIMITS[channel].maxBytes !== null)
    lines.push(`Up to ${formatInteger(maxLength)} bytes per message (an accented letter or emoji takes several)`);
  else lines.push(`Up to ${formatInteger(maxLength)} characters per message`);
  if (unavailableIn.length) lines.push(`Not available in ${orList(unavailableIn.map(regionName))}`);
  return lines;
}

export function ChannelsPanel() {
  const channels = useChannels();
  // The id is the target of "Settings → Channels" links (/settings#channels) from the send forms.
  return (
    <section id="channels" className="card stack" aria-labelledby="channels-title">
      <div>
        <h2 id="channels-title" className="section-title">
          Channels
        </h2>
        <p className="muted small">Where outreach can reach creators, and what each platform allows a business to send.</p>
      </div>
      {channels.isPending ? (
        <RowsSkeleton label="Loading channels" rows={3} />
      ) : channels.isError ? (
        <ErrorState title="Could not load channels" error={channels.error} onRetry={() => void channels.refetch()} />
      ) : (
        <div className="channel-list">
          {channels.data.channels.map((status) => (
            <ChannelCard key={status.channel} status={status} />
          ))}
        </div>
      )}
    </section>
  );
}

const isDm = (status: ChannelStatusDto): status is ChannelStatusDto & { channel: DmChannel } => status.channel !== 'email';

function ChannelCard({ status }: { status: ChannelStatusDto }) {
  const titleId = useId();
  const factsId = useId();
  const facts = (
    <ul className="channel__facts" aria-labelledby={isDm(status) ? factsId : undefined}>
      {capabilityLines(status).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
  return (
    <article className="channel stack" aria-labelledby={titleId}>
      <div className="section-header">
        <h3 id={titleId} className="channel__name">
          {CHANNEL_LABELS[status.channel]}
        </h3>
        {status.connected ? (
          <Badge tone="success">Connected</Badge>
        ) : status.connection?.status === 'expired' ? (
          <Badge tone="danger">Expired</Badge>
        ) : (
          <Badge>Not connected</Badge>
        )}
      </div>
      {isDm(status) ? (
        <>
          <div className="stack stack--sm">
            <h4 id={factsId} className="channel__subtitle">
              What this channel can and cannot do
            </h4>
            {facts}
          </div>
          <DmConnection status={status} />
        </>
      ) : (
        <>
          {facts}
          <EmailSender />
        </>
      )}
    </article>
  );
}
