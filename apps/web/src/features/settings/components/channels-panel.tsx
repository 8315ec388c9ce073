import { CHANNEL_LIMITS, type Channel, type ChannelStatusDto } from '@parley/shared-types';
import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { formatInteger } from '@/lib/format';
import { useChannels } from '../api/get-channels';
import { EmailSender } from './email-sender';

/** The service behind each channel, as the capability sentences name it. */
const SERVICE_NAMES: Record<Channel, string> = { email: 'Email', instagram_dm: 'Instagram', tiktok_dm: 'TikTok' };

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

/** What a channel can do, in plain sentences, from the API's capabilities. */
function capabilityLines(status: ChannelStatusDto): string[] {
  const { channel, canStartConversation, windowHours, quotaPerWindow, maxLength, unavailableIn } = status;
  const service = SERVICE_NAMES[channel];
  const lines: string[] = [];
  if (canStartConversation) lines.push('Can start a conversation');
  else if (windowHours !== null) lines.push(`Replies only: ${service} lets a business answer within ${hours(windowHours)} of the creator’s last message`);
  else lines.push(`Replies only: ${service} lets a business answer only after the creator writes first`);
  if (quotaPerWindow !== null) {
    lines.push(
      `Up to ${formatInteger(quotaPerWindow)} ${quotaPerWindow === 1 ? 'message' : 'messages'} per ${windowHours !== null ? hours(windowHours) : 'conversation'}`,
    );
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

function ChannelCard({ status }: { status: ChannelStatusDto }) {
  const titleId = useId();
  return (
    <article className="channel stack" aria-labelledby={titleId}>
      <div className="section-header">
        <h3 id={titleId} className="channel__name">
          {CHANNEL_LABELS[status.channel]}
        </h3>
        {status.connected ? <Badge tone="success">Connected</Badge> : <Badge>Not connected</Badge>}
      </div>
      <ul className="channel__facts">
        {capabilityLines(status).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {status.channel === 'email' ? (
        <EmailSender />
      ) : (
        <p className="muted small">Not connected yet: {SERVICE_NAMES[status.channel]} connections arrive with DM support.</p>
      )}
    </article>
  );
}
