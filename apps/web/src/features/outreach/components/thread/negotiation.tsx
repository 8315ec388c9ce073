import type { OfferDto, OutreachDto } from '@parley/shared-types';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { CreateContractLink } from '@/features/contracts/components/create-contract-link';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useToast, type ToastMessage } from '@/components/ui/toast';
import { ApiError, errorMessage } from '@/lib/api-client';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useDecideOffer, type OfferDecision } from '../../api/decide-offer';
import { useOffers } from '../../api/get-offers';
import { useWalkAway } from '../../api/walk-away';
import { creatorName } from '../creator-name';
import { COMPENSATION_TYPE_LABELS, OFFER_FLAG_LABELS, OFFER_PARTY_LABELS, OFFER_STATUS_LABELS } from '../labels';
import { NegotiationBadge, OfferStatusBadge } from '../status-badge';
import { describeDeliverables, OfferForm } from './offer-form';

/** "1,200.00 USD". */
const amountOf = (offer: OfferDto): string => `${formatMoney(offer.amount)} ${offer.currency}`;

/** Each decision as a verb, for buttons and failures. */
const DECISION_VERBS: Record<OfferDecision, string> = { accept: 'accept', reject: 'reject', cancel: 'withdraw' };

/** What a refused decision says: the budget that remains when the offer does not fit, else the API's reason. */
function refusal(error: unknown, offer: OfferDto, decision: OfferDecision): ToastMessage {
  const id = `offer-${offer.id}-${decision}-${Date.now()}`;
  if (error instanceof ApiError && error.code === 'BUDGET_EXCEEDED') return { id, title: 'Over the campaign budget', body: error.message };
  return { id, title: `Could not ${DECISION_VERBS[decision]} the offer`, body: errorMessage(error) };
}

/**
 * The outreach's negotiation: where it stands (Open, Agreed, Walked away), every offer and
 * counter-offer in order with who made it, the terms, its status and flags, and the decisions still
 * open (accept or reject an open offer, withdraw the accepted one); a form to record the next offer
 * with the suggested rate beside it, and walking away. Accepting reserves the amount against the
 * campaign's budget, so a 409 there says what remains. `level` is the heading's: 2 on the thread
 * page, 3 inside the inbox's conversation pane. With the creator's ask open, a counter can be
 * drafted above the form; `onUseAsReply` (the inbox's reply box) lets it be sent as the answer.
 */
export function Negotiation({ outreach: o, level = 2, onUseAsReply }: { outreach: OutreachDto; level?: 2 | 3; onUseAsReply?: (text: string) => void }) {
  const titleId = useId();
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const offers = useOffers(o.id);
  const state = o.negotiationState ?? null;
  const list = offers.data?.offers ?? [];
  // Counter drafting: the creator's latest open offer is what a drafted counter answers.
  const openAsk = list.findLast((f) => f.status === 'open' && f.from === 'influencer');

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <div className="section-header">
        <Heading id={titleId} className="section-title">
          Negotiation
        </Heading>
        <span className="row small">
          {state ? <NegotiationBadge state={state} /> : <span className="muted">No offers yet</span>}
          {list.length > 0 && (
            <span className="muted">
              {list.length} {list.length === 1 ? 'offer' : 'offers'}
            </span>
          )}
        </span>
      </div>
      {offers.isPending ? (
        <RowsSkeleton label="Loading the offers" rows={2} />
      ) : offers.isError ? (
        <ErrorState title="Could not load the offers" error={offers.error} onRetry={() => void offers.refetch()} />
      ) : (
        <>
          <Sub className="visually-hidden">Offer history</Sub>
          {list.length ? (
            <OfferHistory offers={list} />
          ) : (
            <p className="muted small">Nothing offered yet. Record the creator’s ask or your own offer below; counter-offers follow in order.</p>
          )}
          <NegotiationStatus state={state} />
          {/* An accepted offer closes the negotiation: the API refuses new offers until it is withdrawn. */}
          {state !== 'agreed' && (
            <OfferForm outreach={o} latest={list[list.length - 1]} level={(level + 1) as 3 | 4} counterTo={openAsk} onUseAsReply={onUseAsReply} />
          )}
          {(state === null || state === 'open') && <WalkAway outreach={o} hasOpenOffers={list.some((f) => f.status === 'open')} />}
        </>
      )}
    </section>
  );
}

/** The line under the history when the negotiation is settled one way or the other. */
function NegotiationStatus({ state }: { state: OutreachDto['negotiationState'] }) {
  if (state === 'agreed') {
    return (
      <p className="notice" role="note">
        Agreed: the accepted amount is reserved against the campaign’s budget. Withdraw it to negotiate again.
      </p>
    );
  }
  if (state === 'walked_away') {
    return (
      <p className="notice" role="note">
        You walked away from this negotiation. Recording a new offer opens it again.
      </p>
    );
  }
  return null;
}

function OfferHistory({ offers }: { offers: OfferDto[] }) {
  const decide = useDecideOffer();
  const showToast = useToast();
  const pendingId = decide.isPending ? decide.variables.offerId : null;

  const onDecide = (offer: OfferDto, decision: OfferDecision) =>
    decide.mutate(
      { offerId: offer.id, decision },
      {
        onSuccess: (decided) => {
          if (decision === 'accept') {
            showToast({ id: `offer-${offer.id}-accept`, title: 'Offer accepted', body: `${amountOf(decided)} is reserved against the campaign’s budget.` });
          } else if (decision === 'cancel') {
            showToast({ id: `offer-${offer.id}-cancel`, title: 'Accepted offer withdrawn', body: `${amountOf(decided)} is back in the campaign’s budget.` });
          }
        },
        onError: (error) => showToast(refusal(error, offer, decision)),
      },
    );

  return (
    <ol className="timeline" aria-label="Offer history">
      {offers.map((offer) => (
        <li key={offer.id} className={`timeline__item offer offer--${offer.status}`}>
          <time className="timeline__time" dateTime={offer.createdAt}>
            {formatDateTime(offer.createdAt)}
          </time>
          <span className="timeline__what">
            <span className="timeline__label">
              {OFFER_PARTY_LABELS[offer.from]} offer: {amountOf(offer)}
            </span>
            <OfferStatusBadge status={offer.status} />
            {offer.flags.map((flag) => (
              <span key={flag} title={OFFER_FLAG_LABELS[flag].description}>
                <Badge tone="warning">{OFFER_FLAG_LABELS[flag].label}</Badge>
              </span>
            ))}
          </span>
          <span className="timeline__detail small">
            {COMPENSATION_TYPE_LABELS[offer.compensationType]}
            {offer.deliverables.length > 0 && ` · ${describeDeliverables(offer.deliverables)}`}
          </span>
          {offer.note && <span className="timeline__detail small offer__note">“{offer.note}”</span>}
          {offer.decidedAt && (
            <span className="timeline__detail small">
              {OFFER_STATUS_LABELS[offer.status]} {formatDateTime(offer.decidedAt)}
            </span>
          )}
          {offer.status === 'open' && (
            <span className="timeline__detail row">
              <button
                type="button"
                className="btn btn--primary btn--small"
                disabled={decide.isPending}
                onClick={() => onDecide(offer, 'accept')}
                aria-label={`Accept the ${OFFER_PARTY_LABELS[offer.from].toLowerCase()} offer of ${amountOf(offer)}`}
              >
                {pendingId === offer.id && decide.variables?.decision === 'accept' ? 'Accepting…' : 'Accept'}
              </button>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={decide.isPending}
                onClick={() => onDecide(offer, 'reject')}
                aria-label={`Reject the ${OFFER_PARTY_LABELS[offer.from].toLowerCase()} offer of ${amountOf(offer)}`}
              >
                Reject
              </button>
            </span>
          )}
          {offer.status === 'accepted' && (
            <span className="timeline__detail row">
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={decide.isPending}
                onClick={() => onDecide(offer, 'cancel')}
                aria-label={`Withdraw the accepted offer of ${amountOf(offer)}`}
              >
                Withdraw
              </button>
              <span className="muted small">Releases {amountOf(offer)} back to the campaign’s budget.</span>
              <CreateContractLink offer={offer} />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Ends the negotiation after asking, with a note of why if one likes; the open offers are rejected. */
function WalkAway({ outreach, hasOpenOffers }: { outreach: OutreachDto; hasOpenOffers: boolean }) {
  const walk = useWalkAway(outreach.id);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');

  return (
    <div className="status-actions">
      <button
        type="button"
        className="btn btn--secondary"
        disabled={walk.isPending}
        onClick={() => {
          walk.reset();
          setConfirming(true);
        }}
      >
        Walk away
      </button>
      <span className="muted small">Ends the negotiation{hasOpenOffers ? ': its open offers are rejected.' : '.'}</span>
      {walk.isError && !confirming && <Alert>{errorMessage(walk.error)}</Alert>}
      <ConfirmDialog
        open={confirming}
        title="Walk away from this negotiation?"
        confirmLabel="Walk away"
        cancelLabel="Keep negotiating"
        danger
        busy={walk.isPending}
        // Closed either way: a failure (say, an offer was accepted meanwhile) shows under the button.
        onConfirm={() =>
          walk.mutate(note.trim() || undefined, {
            onSuccess: () => setNote(''),
            onSettled: () => setConfirming(false),
          })
        }
        onCancel={() => setConfirming(false)}
      >
        <p>
          {hasOpenOffers ? 'The open offers are rejected and the' : 'The'} negotiation with {creatorName(outreach.influencer)} is marked as walked away.
          Recording a new offer later opens it again.
        </p>
        <Field label="Why (optional)" hint="Kept in the outreach’s timeline.">
          {(control) => <textarea {...control} className="textarea" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </ConfirmDialog>
    </div>
  );
}
