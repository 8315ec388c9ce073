import { OFFER_PARTIES, type OfferParty, type OutreachEventDto } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import { formatDateTime, formatMoney } from '@/lib/format';
import { ASSIST_REASON_LABELS, EVENT_LABELS, OFFER_PARTY_LABELS, isAssistReason } from '../labels';

/** Keys of an event's data worth a line of their own, with how to name them. */
const DETAIL_LABELS: Record<string, string> = {
  url: 'Link',
  reason: 'Reason',
  error: 'Error',
  diagnostic: 'Server said',
  from: 'From',
  for: 'For',
  userAgent: 'Client',
  amount: 'Amount',
  note: 'Note',
};

const isOfferParty = (value: unknown): value is OfferParty => (OFFER_PARTIES as readonly unknown[]).includes(value);

/** An offer event's amount with its currency ("1,200.00 USD") and its party ("Influencer"); other values as they are. */
function detailValue(event: OutreachEventDto, key: string, value: string | number): string {
  if (key === 'for' && typeof value === 'string') return formatDateTime(value);
  // Why a DM waits for a person: a code, put in words.
  if (key === 'reason' && event.type === 'ready_to_send' && isAssistReason(value)) return ASSIST_REASON_LABELS[value];
  if (key === 'from' && event.type === 'offer_made' && isOfferParty(value)) return OFFER_PARTY_LABELS[value];
  if (key === 'amount' && typeof value === 'string') {
    const currency = event.data['currency'];
    return typeof currency === 'string' ? `${formatMoney(value)} ${currency}` : formatMoney(value);
  }
  return String(value);
}

/** The short, readable parts of an event's data (a clicked link, a bounce reason); the rest stays in the API. */
function details(event: OutreachEventDto): { label: string; value: string }[] {
  return Object.entries(DETAIL_LABELS).flatMap(([key, label]) => {
    const value = event.data[key];
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    return [{ label, value: detailValue(event, key, value) }];
  });
}

/**
 * What happened, in order. Opens and clicks by proxies, prefetchers and scanners are listed, but
 * greyed and marked "machine": they are not the creator and are never counted.
 */
export function EventTimeline({ events }: { events: OutreachEventDto[] }) {
  if (!events.length) return <p className="muted small">Nothing has happened yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} className={event.machine ? 'timeline__item timeline__item--machine' : 'timeline__item'}>
          <time className="timeline__time" dateTime={event.at}>
            {formatDateTime(event.at)}
          </time>
          <span className="timeline__what">
            <span className="timeline__label">{EVENT_LABELS[event.type] ?? event.type}</span>
            {event.machine && (
              <span title="By a mail proxy, link scanner or prefetcher, not the creator: shown, never counted">
                <Badge>machine</Badge>
              </span>
            )}
          </span>
          {details(event).map((d) => (
            <span key={d.label} className="timeline__detail small">
              {d.label}: {d.value}
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
