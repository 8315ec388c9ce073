import { PLATFORMS, isMoneyString, normalizeMoney, type InfluencerInput, type Platform } from '@parley/shared-types';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { TagInput } from '@/components/ui/tag-input';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, isPercent, serverFieldErrors, withoutErrors, type FieldErrors } from '@/lib/forms';
import { useCreateInfluencer } from '../api/create-influencer';

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
const OPTIONAL_TEXT = ['displayName', 'email', 'platformUserId', 'bio', 'country', 'language', 'timezone'] as const;

function validate(d: Draft): FieldErrors {
  return {
    username: d.username.trim() ? undefined : 'Enter the creator’s username.',
    followersCount: /^\d+$/.test(d.followersCount.trim()) ? undefined : 'Enter a whole number, e.g. 25000.',
    engagementRate: isPercent(d.engagementRate) ? undefined : 'Enter a percentage from 0 to 100, with at most 2 decimals.',
    email: d.email.trim() && !isEmail(d.email) ? 'Enter a valid email address.' : undefined,
    typicalRate: d.typicalRate.trim() && !isMoneyString(d.typicalRate) ? 'Enter an amount such as 300 or 300.00.' : undefined,
  };
}

/** Empty optional fields are left out rather than sent as "" (the API reads an absent field as unknown). */
function toInput(d: Draft): InfluencerInput {
  const input: InfluencerInput = {
    username: d.username.trim().replace(/^@/, ''),
    platform: d.platform,
    followersCount: Number(d.followersCount),
    engagementRate: Number(d.engagementRate),
    niche: d.niche,
    ...(d.typicalRate.trim() && { typicalRate: normalizeMoney(d.typicalRate) }),
  };
  for (const key of OPTIONAL_TEXT) {
    if (d[key].trim()) input[key] = d[key].trim();
  }
  return input;
}

export function InfluencerForm({ onDone }: { onDone: () => void }) {
  const create = useCreateInfluencer();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const server = serverFieldErrors(create.error);
  const errorFor = (key: keyof Draft) => errors[key] ?? server[key];
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setErrors(withoutErrors(errors, Object.keys(patch)));
  };
  const text = (key: TextKey) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => edit({ [key]: e.target.value }) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    create.mutate(toInput(draft), { onSuccess: onDone, onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(create.error, FIELDS);

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Add influencer">
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
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add influencer'}
        </button>
      </div>
    </form>
  );
}
