import { CHANNEL_CAPABILITIES, CHANNELS, type Channel, type InfluencerDto } from '@parley/shared-types';
import { useId, useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { CopyButton } from '@/components/ui/copy-button';
import { Field, Fieldset } from '@/components/ui/field';
import { Term } from '@/components/ui/term';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { focusFirstInvalid, formLevelError, hasErrors, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import type { DraftDto, DraftInput, DraftKind } from '@parley/shared-types';
import { useDraftMessage } from '../api/draft-message';

const KINDS: { value: DraftKind; label: string; description: string }[] = [
  { value: 'initial_outreach', label: 'First message', description: 'Introduces your store and asks if they would like to work together.' },
  { value: 'follow_up', label: 'Follow-up', description: 'A nudge when the first message had no answer.' },
  { value: 'response', label: 'Response', description: 'Answers what the creator wrote back.' },
];

const FOLLOW_UPS = [
  { value: '1', label: '1: a gentle nudge' },
  { value: '2', label: '2: adds a detail or some flexibility' },
  { value: '3', label: '3: the last note, closing the loop' },
];

const SOURCE_LABELS: Record<DraftDto['source'], string> = { llm: 'Written by the AI model', template: 'From your default template' };

interface Choice {
  channel: Channel;
  kind: DraftKind;
  followUpNumber: string;
  replyText: string;
  campaignId: string;
}

const FIELDS: readonly string[] = ['channel', 'kind', 'followUpNumber', 'replyText', 'campaignId'];

const creatorName = (i: InfluencerDto) => (i.displayName ? `${i.displayName} (@${i.username}, ${i.platform})` : `@${i.username} (${i.platform})`);

function toInput(influencer: InfluencerDto, c: Choice): DraftInput {
  return {
    influencerId: influencer.id,
    channel: c.channel,
    kind: c.kind,
    ...(c.campaignId && { campaignId: c.campaignId }),
    ...(c.kind === 'follow_up' && { followUpNumber: Number(c.followUpNumber) }),
    ...(c.kind === 'response' && { replyText: c.replyText.trim() }),
  };
}

/** Drafts a whole message for one creator, to copy into the channel by hand; nothing is saved or sent. */
export function DraftMessageForm({ influencer, onDone }: { influencer: InfluencerDto; onDone: () => void }) {
  const draft = useDraftMessage();
  const campaigns = useCampaigns({ perPage: 100 });
  const formRef = useRef<HTMLFormElement>(null);
  const kindName = useId();
  // An edit resets `draft`: a draft on screen always matches the choices above it.
  const {
    values: choice,
    edit,
    setErrors,
    errorFor,
  } = useFormState<Choice>({ channel: 'email', kind: 'initial_outreach', followUpNumber: '1', replyText: '', campaignId: '' }, draft);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {
      replyText: choice.kind === 'response' && !choice.replyText.trim() ? 'Paste what the creator wrote, so the draft can answer it.' : undefined,
    };
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    draft.mutate(toInput(influencer, choice), { onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(draft.error, FIELDS);
  const service = CHANNEL_LABELS[choice.channel];
  const cannotStart = choice.kind === 'initial_outreach' && !CHANNEL_CAPABILITIES[choice.channel].canStartConversation;

  return (
    <div className="stack">
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Draft a message">
        <p>
          To <strong>{creatorName(influencer)}</strong>
        </p>
        {formError && <Alert>{formError}</Alert>}
        <div className="grid-2">
          <Field label="Channel" error={errorFor('channel')}>
            {(control) => (
              <select {...control} className="select" value={choice.channel} onChange={(e) => edit({ channel: e.target.value as Channel })}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {CHANNEL_LABELS[channel]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Campaign"
            hint="Optional: the draft can mention it."
            error={errorFor('campaignId') ?? (campaigns.isError ? 'Could not load campaigns.' : undefined)}
          >
            {(control) => (
              <select {...control} className="select" value={choice.campaignId} onChange={(e) => edit({ campaignId: e.target.value })}>
                <option value="">No campaign</option>
                {campaigns.data?.campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {choice.channel === 'email' && !influencer.email && (
          <p className="notice small">
            @{influencer.username} has no email address yet: you can draft the email, and add the address with Edit before sending it.
          </p>
        )}
        <Fieldset legend="Message" error={errorFor('kind')}>
          <div className="radio-cards">
            {KINDS.map((kind) => (
              <label key={kind.value} className="radio-card">
                <input type="radio" name={kindName} value={kind.value} checked={choice.kind === kind.value} onChange={() => edit({ kind: kind.value })} />
                <span className="radio-card__title">{kind.label}</span>
                <span className="radio-card__text">{kind.description}</span>
              </label>
            ))}
          </div>
        </Fieldset>
        {cannotStart && (
          <p className="notice small">
            On {service}, a business cannot send the first message: this one can go out only after @{influencer.username} has written to you.
          </p>
        )}
        {choice.kind === 'follow_up' && (
          <Field label="Follow-up number" hint="Each one is shorter and more final than the last." error={errorFor('followUpNumber')}>
            {(control) => (
              <select {...control} className="select" value={choice.followUpNumber} onChange={(e) => edit({ followUpNumber: e.target.value })}>
                {FOLLOW_UPS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {choice.kind === 'response' && (
          <Field label="The creator’s reply" hint="Paste their message; the draft answers it." error={errorFor('replyText')}>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={4}
                maxLength={10_000}
                value={choice.replyText}
                onChange={(e) => edit({ replyText: e.target.value })}
              />
            )}
          </Field>
        )}
        <div className="dialog__actions">
          <button type="button" className="btn btn--secondary" onClick={onDone}>
            Close
          </button>
          <button type="submit" className="btn btn--primary" disabled={draft.isPending}>
            {draft.isPending ? 'Drafting…' : draft.isSuccess ? 'Draft again' : 'Draft'}
          </button>
        </div>
      </form>
      <p className="visually-hidden" role="status">
        {draft.isSuccess ? 'The draft is ready below the form.' : ''}
      </p>
      {draft.data && <DraftResult draft={draft.data} />}
    </div>
  );
}

function DraftResult({ draft }: { draft: DraftDto }) {
  const { subject, body, source, warnings } = draft;
  return (
    <section className="stack draft-result" aria-label="Drafted message">
      <dl className="terms preview">
        <Term label="Source">{SOURCE_LABELS[source]}</Term>
      </dl>
      {subject !== null && (
        <Field label="Subject">
          {(control) => (
            <div className="copy-field">
              <input {...control} className="input" readOnly value={subject} />
              <CopyButton text={subject} label="Copy subject" />
            </div>
          )}
        </Field>
      )}
      <Field label="Body">
        {(control) => (
          <div className="copy-field">
            <textarea {...control} className="textarea" readOnly rows={12} value={body} />
            <CopyButton text={body} label="Copy body" />
          </div>
        )}
      </Field>
      <div className="stack stack--sm">
        <h3 className="preview__heading">Warnings</h3>
        {warnings.length ? (
          <ul className="preview__list">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : (
          <p className="muted small">None.</p>
        )}
      </div>
    </section>
  );
}
