import { PLATFORMS, isMoneyString, normalizeMoney, type InfluencerDto, type InfluencerInput, type Platform } from '@parley/shared-types';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { TagInput } from '@/components/ui/tag-input';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, isPercent, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useCreateInfluencer } from '../api/create-influencer';
import { CLEARABLE_FIELDS, useUpdateInfluencer, type InfluencerPatch } from '../api/update-influencer';

type TextKey =
  'username' | 'displayName' | 'email' | 'platformUserId' | 'followersCount' | 'engagementRate' | 'bio' | 'typicalRate' | 'country' | 'language' | 'timezone';
type Draft = Record<TextKey, string> & { platform: Platform; niche: string[] };

const EMPTY: Draft = {
  username: '',
  platform: 'instagram',
  displayName: '',
  email: '',
  platformUserId: '',
  followersCount: '',
  engagementRate: '',
  niche: [],
  bio: '',
  typicalRate: '',
  country: '',
  language: '',
  timezone: '',
};

const FIELDS: readonly (keyof InfluencerInput)[] = Object.keys(EMPTY) as (keyof InfluencerInput)[];

/** A saved influencer as form strings, for edit mode. */
function toDraft(i: InfluencerDto): Draft {
  const draft: Draft = {
    ...EMPTY,
    username: i.username,
    platform: i.platform,
    followersCount: String(i.followersCount),
    engagementRate: String(i.engagementRate),
    niche: i.niche,
  };
  for (const key of CLEARABLE_FIELDS) draft[key] = i[key] ?? '';
  return draft;
}

function validate(d: Draft): FieldErrors {
  return {
    username: d.username.trim() ? undefined : 'Enter the creator’s username.',
    followersCount: /^\d+$/.test(d.followersCount.trim()) ? undefined : 'Enter a whole number, e.g. 25000.',
    engagementRate: isPercent(d.engagementRate) ? undefined : 'Enter a percentage from 0 to 100, with at most 2 decimals.',
    email: d.email.trim() && !isEmail(d.email) ? 'Enter a valid email address.' : undefined,
    typicalRate: d.typicalRate.trim() && !isMoneyString(d.typicalRate) ? 'Enter an amount such as 300 or 300.00.' : undefined,
  };
}

/** Every field as the API takes it; empty optional fields are null. Call on a validated draft. */
function toValues(d: Draft): Required<InfluencerPatch> {
  const values = {
    username: d.username.trim().replace(/^@/, ''),
    platform: d.platform,
    followersCount: Number(d.followersCount),
    engagementRate: Number(d.engagementRate),
    niche: d.niche,
  } as Required<InfluencerPatch>;
  for (const key of CLEARABLE_FIELDS) values[key] = d[key].trim() || null;
  if (values.typicalRate !== null) values.typicalRate = normalizeMoney(values.typicalRate);
  // The API upper-cases a country on create but not on update, so it is sent upper-cased either way.
  if (values.country !== null) values.country = values.country.toUpperCase();
  return values;
}

/** The create body: empty optional fields are left out rather than sent as "" (the API reads an absent field as unknown). */
function toInput(d: Draft): InfluencerInput {
  const { username, platform, followersCount, engagementRate, niche, ...optional } = toValues(d);
  const input: InfluencerInput = { username, platform, followersCount, engagementRate, niche };
  for (const key of CLEARABLE_FIELDS) {
    const value = optional[key];
    if (value !== null) input[key] = value;
  }
  return input;
}

/** The PATCH body: only what differs from the saved influencer (compared as sent, so "350" against "350.00" is no change); cleared fields as null. */
function toPatch(d: Draft, initial: Draft): InfluencerPatch {
  const next = toValues(d);
  const before = toValues(initial);
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof InfluencerPatch])),
  ) as InfluencerPatch;
}

/** Adds an influencer, or with `influencer` edits that one (prefilled; only changed fields are sent). */
export function InfluencerForm({ influencer, onDone }: { influencer?: InfluencerDto; onDone: () => void }) {
  const create = useCreateInfluencer();
  const update = useUpdateInfluencer();
  const mutation = influencer ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => (influencer ? toDraft(influencer) : EMPTY));
  // Only the error: an edit leaves the create or update as it is.
  const { values: draft, edit, setErrors, errorFor } = useFormState(initial, { error: mutation.error });
  const text = (key: TextKey) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => edit({ [key]: e.target.value }) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // When editing, a saved value the form would word differently (say, an imported email) is not the user's to fix now.
    const found = Object.fromEntries(
      Object.entries(validate(draft)).filter(([key]) => !influencer || draft[key as TextKey] !== initial[key as TextKey]),
    ) as FieldErrors;
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const onError = () => focusFirstInvalid(formRef.current);
    if (!influencer) return create.mutate(toInput(draft), { onSuccess: onDone, onError });
    const patch = toPatch(draft, initial);
    // Nothing changed: nothing to send.
    if (!Object.keys(patch).length) return onDone();
    update.mutate({ id: influencer.id, patch }, { onSuccess: onDone, onError });
  };

  const formError = formLevelError(mutation.error, FIELDS);

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label={influencer ? 'Edit influencer' : 'Add influencer'}>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid-2">
        <Field label="Username" error={errorFor('username')}>
          {(control) => <input {...control} className="input" autoComplete="off" {...text('username')} />}
        </Field>
        <Field label="Platform" error={errorFor('platform')}>
          {(control) => (
            <select {...control} className="select" value={draft.platform} onChange={(e) => edit({ platform: e.target.value as Platform })}>
              {PLATFORMS.map((platform) => (
                <option key={platform} value={platform}>
                  {platform}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Followers" error={errorFor('followersCount')}>
          {(control) => <input {...control} className="input" type="number" min={0} step={1} {...text('followersCount')} />}
        </Field>
        <Field label="Engagement rate (%)" error={errorFor('engagementRate')}>
          {(control) => <input {...control} className="input" type="number" min={0} max={100} step={0.01} {...text('engagementRate')} />}
        </Field>
        <Field label="Display name" hint="Optional." error={errorFor('displayName')}>
          {(control) => <input {...control} className="input" {...text('displayName')} />}
        </Field>
        <Field label="Email" hint="Optional; needed for email outreach." error={errorFor('email')}>
          {(control) => <input {...control} className="input" type="email" {...text('email')} />}
        </Field>
        <Field label="Typical rate" hint="Optional, per deliverable." error={errorFor('typicalRate')}>
          {(control) => <input {...control} className="input" inputMode="decimal" {...text('typicalRate')} />}
        </Field>
      </div>
      <Field label="Niches" hint="Press Enter or type a comma after each niche." error={errorFor('niche')}>
        {(control) => <TagInput {...control} value={draft.niche} onChange={(niche) => edit({ niche })} placeholder="Add a niche" />}
      </Field>
      <h3 className="section-title">Optional details</h3>
      <Field label="Bio" error={errorFor('bio')}>
        {(control) => <textarea {...control} className="textarea" rows={2} {...text('bio')} />}
      </Field>
      <div className="grid-2">
        <Field label="Platform user ID" error={errorFor('platformUserId')}>
          {(control) => <input {...control} className="input" {...text('platformUserId')} />}
        </Field>
        <Field label="Country" hint="e.g. US" error={errorFor('country')}>
          {(control) => <input {...control} className="input" {...text('country')} />}
        </Field>
        <Field label="Language" hint="e.g. en" error={errorFor('language')}>
          {(control) => <input {...control} className="input" {...text('language')} />}
        </Field>
        <Field label="Time zone" hint="e.g. Europe/Berlin" error={errorFor('timezone')}>
          {(control) => <input {...control} className="input" {...text('timezone')} />}
        </Field>
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
          {influencer ? (mutation.isPending ? 'Saving…' : 'Save changes') : mutation.isPending ? 'Adding…' : 'Add influencer'}
        </button>
      </div>
    </form>
  );
}
