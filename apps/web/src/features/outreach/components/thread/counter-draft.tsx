import { isMoneyString, type CounterDraftDto, type Deliverable, type OfferDto } from '@parley/shared-types';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import { serverFieldErrors } from '@/lib/forms';
import { useDraftCounter } from '../../api/draft-counter';

/** What the offer form is filled with when a drafted counter is recorded. */
export interface CounterTerms {
  amount: string;
  currency: string;
  deliverables: Deliverable[];
}

const WRITER_LABELS: Record<CounterDraftDto['writer'], string> = {
  ai: 'Written by the AI writer from the facts below.',
  template: 'Written from your counter-offer template.',
  offline: 'Written from your counter-offer template (no AI writer was available).',
};

const SOURCE_LABELS: Record<CounterDraftDto['amountSource'], string> = {
  request: 'the amount you gave',
  typical: 'the suggested typical rate',
  max_rate: 'the campaign’s max rate, below the suggested typical rate',
  ask: 'the creator’s ask, below the suggested typical rate',
};

/**
 * Drafts the brand's counter to the creator's open offer: the API proposes an amount from the rate
 * card (within the campaign's max rate and the ask) and writes a message citing the card, shown here
 * to edit. Nothing is sent or recorded from here: "Record as offer" fills the offer form, and "Use as
 * reply" (where the thread has a reply box) puts the text into it. `level` is the heading's.
 */
export function CounterDraft({
  outreachId,
  ask,
  level,
  onRecord,
  onUseAsReply,
}: {
  outreachId: string;
  ask: OfferDto;
  level: 3 | 4;
  onRecord: (terms: CounterTerms) => void;
  onUseAsReply?: (text: string) => void;
}) {
  const titleId = useId();
  const Heading = `h${level}` as const;
  const drafting = useDraftCounter(outreachId);
  const [draft, setDraft] = useState<CounterDraftDto | null>(null);
  const [amount, setAmount] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState('');
  const amountError = amount.trim() && !isMoneyString(amount) ? 'Enter an amount such as 900 or 900.50.' : serverFieldErrors(drafting.error).amount?.[0];

  const run = (withAmount?: string) =>
    drafting.mutate(withAmount ? { amount: withAmount } : {}, {
      onSuccess: (d) => {
        setDraft(d);
        setAmount(d.amount);
        setSubject(d.subject ?? '');
        setBody(d.body);
        setDone('');
      },
    });

  const amountChanged = draft !== null && isMoneyString(amount) && Number(amount) !== Number(draft.amount);

  return (
    <section className="counter-draft stack stack--sm" aria-labelledby={titleId}>
      <Heading id={titleId} className="section-title">
        Counter the creator’s ask
      </Heading>
      {!draft && (
        <p className="muted small">
          The creator asked for {formatMoney(ask.amount)} {ask.currency}. Draft a counter: an amount from your rate card and a message that cites it, for you to
          edit. Nothing is sent.
        </p>
      )}
      {drafting.isError && !serverFieldErrors(drafting.error).amount && <Alert>Could not draft a counter. {errorMessage(drafting.error)}</Alert>}
      {draft && (
        <>
          <p className="small">
            Counter of{' '}
            <strong>
              {formatMoney(draft.amount)} {draft.currency}
            </strong>{' '}
            ({SOURCE_LABELS[draft.amountSource]}) to the ask of {formatMoney(ask.amount)} {ask.currency}. Rate card: {formatMoney(draft.rateCard.low)} –{' '}
            <strong>{formatMoney(draft.rateCard.typical)}</strong> – {formatMoney(draft.rateCard.high)} USD.
          </p>
          <p className="muted small">{draft.basis}</p>
          <p className="muted small">{WRITER_LABELS[draft.writer]}</p>
          {draft.warnings.length > 0 && (
            <ul className="muted small counter-draft__warnings" aria-label="Notes on the draft">
              {draft.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <Field
            label="Counter amount"
            error={amountError}
            hint={amountChanged ? `The message still says ${formatMoney(draft.amount)}: draft again to rewrite it for this amount.` : undefined}
          >
            {(control) => (
              <input
                {...control}
                className="input input--money"
                inputMode="decimal"
                autoComplete="off"
                value={amount}
                onChange={(e) => {
                  setAmount(e.target.value);
                  setDone('');
                  drafting.reset();
                }}
              />
            )}
          </Field>
          {draft.subject !== null && (
            <Field label="Subject">{(control) => <input {...control} className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />}</Field>
          )}
          <Field label="Counter message" hint="Edit it before you send it.">
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={10}
                value={body}
                onChange={(e) => {
                  setBody(e.target.value);
                  setDone('');
                }}
              />
            )}
          </Field>
        </>
      )}
      <div className="row">
        <button
          type="button"
          className={`btn ${draft ? 'btn--secondary' : 'btn--primary'} btn--small`}
          disabled={drafting.isPending || Boolean(amountError)}
          onClick={() => run(draft && isMoneyString(amount) ? amount.trim() : undefined)}
        >
          {drafting.isPending ? 'Drafting…' : draft ? 'Draft again' : 'Draft counter'}
        </button>
        {draft && (
          <>
            <button
              type="button"
              className="btn btn--primary btn--small"
              disabled={!isMoneyString(amount)}
              onClick={() => {
                onRecord({ amount: amount.trim(), currency: draft.currency, deliverables: draft.deliverables });
                setDone('The offer form below is filled in with this counter: check it and record it.');
              }}
            >
              Record as offer
            </button>
            {onUseAsReply && (
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={!body.trim()}
                onClick={() => {
                  onUseAsReply(body);
                  setDone('The message is in the reply box: send it from there.');
                }}
              >
                Use as reply
              </button>
            )}
          </>
        )}
        <span role="status" className="success-text small">
          {done}
        </span>
      </div>
    </section>
  );
}
