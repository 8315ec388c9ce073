import { STORE_TONES, type StoreDto, type StorePatch, type StoreTone } from '@parley/shared-types';
import { useMemo, useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useUpdateStore } from '../api/update-store';

/** The fields that can be cleared: an empty input is sent as null. */
const NULLABLE = ['email', 'supportEmail', 'description', 'niche', 'website', 'postalAddress', 'senderName'] as const;
type NullableKey = (typeof NULLABLE)[number];
type Draft = Record<NullableKey | 'name' | 'timezone', string> & { tone: StoreTone; notificationDigest: boolean };

const FIELDS: readonly string[] = [...NULLABLE, 'name', 'timezone', 'tone', 'notificationDigest'];

const TONE_LABELS: Record<StoreTone, string> = {
  friendly: 'Friendly',
  professional: 'Professional',
  playful: 'Playful',
};

function toDraft(store: StoreDto): Draft {
  const draft = { name: store.name, timezone: store.timezone, tone: store.tone, notificationDigest: store.notificationDigest } as Draft;
  for (const key of NULLABLE) draft[key] = store[key] ?? '';
  return draft;
}

function toPatch(draft: Draft): StorePatch {
  const patch: StorePatch = { name: draft.name.trim(), timezone: draft.timezone, tone: draft.tone, notificationDigest: draft.notificationDigest };
  for (const key of NULLABLE) patch[key] = draft[key].trim() || null;
  return patch;
}

function validate(d: Draft): FieldErrors {
  return {
    name: d.name.trim() ? undefined : 'The store needs a name.',
    email: d.email.trim() && !isEmail(d.email) ? 'Enter a valid email address.' : undefined,
    supportEmail: d.supportEmail.trim() && !isEmail(d.supportEmail) ? 'Enter a valid email address.' : undefined,
    website: d.website.trim() && !/^https?:\/\/\S+$/.test(d.website.trim()) ? 'Enter a full address starting with https://' : undefined,
  };
}

/** The browser's IANA zone list, with the store's own zone kept even if the browser does not list it (e.g. "UTC"). */
function useTimeZones(current: string): string[] {
  return useMemo(() => {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.includes(current) ? zones : [current, ...zones];
  }, [current]);
}

export function StoreForm({ store }: { store: StoreDto }) {
  const save = useUpdateStore();
  const formRef = useRef<HTMLFormElement>(null);
  // An edit resets `save`: "Saved" no longer describes the form once it changes.
  const { values: draft, edit, setErrors, errorFor } = useFormState(() => toDraft(store), save);
  const zones = useTimeZones(draft.timezone);
  const text = (key: Exclude<keyof Draft, 'tone' | 'notificationDigest'>) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => edit({ [key]: e.target.value }) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    save.mutate(toPatch(draft), { onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(save.error, FIELDS);

  return (
    <form ref={formRef} className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="store-title">
      <h2 id="store-title" className="section-title">
        Store
      </h2>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid-2">
        <Field label="Store name" error={errorFor('name')}>
          {(control) => <input {...control} className="input" {...text('name')} />}
        </Field>
        <Field label="Niche" hint="What you sell, e.g. fitness." error={errorFor('niche')}>
          {(control) => <input {...control} className="input" {...text('niche')} />}
        </Field>
        <Field label="Contact email" error={errorFor('email')}>
          {(control) => <input {...control} className="input" type="email" {...text('email')} />}
        </Field>
        <Field label="Support email" error={errorFor('supportEmail')}>
          {(control) => <input {...control} className="input" type="email" {...text('supportEmail')} />}
        </Field>
        <Field label="Website" error={errorFor('website')}>
          {(control) => <input {...control} className="input" type="url" placeholder="https://" {...text('website')} />}
        </Field>
        <Field label="Sender name" hint="How outreach is signed, e.g. Maya from Trailhead." error={errorFor('senderName')}>
          {(control) => <input {...control} className="input" {...text('senderName')} />}
        </Field>
        <Field label="Time zone" hint="Used for follow-ups and send windows when a creator’s is unknown." error={errorFor('timezone')}>
          {(control) => (
            <select {...control} className="select" {...text('timezone')}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tone" hint="The voice personalised messages are written in." error={errorFor('tone')}>
          {(control) => (
            <select {...control} className="select" value={draft.tone} onChange={(e) => edit({ tone: e.target.value as StoreTone })}>
              {STORE_TONES.map((tone) => (
                <option key={tone} value={tone}>
                  {TONE_LABELS[tone]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Description" error={errorFor('description')}>
        {(control) => <textarea {...control} className="textarea" rows={3} {...text('description')} />}
      </Field>
      <Field label="Postal address" hint="Printed in the footer of every email, as anti-spam law requires." error={errorFor('postalAddress')}>
        {(control) => <textarea {...control} className="textarea" rows={2} {...text('postalAddress')} />}
      </Field>
      <label className="checkbox-row">
        <input type="checkbox" checked={draft.notificationDigest} onChange={(e) => edit({ notificationDigest: e.target.checked })} />
        <span>Email the team a daily digest of unread notifications (at 08:00 in the store’s time zone)</span>
      </label>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        {save.isSuccess && (
          <span className="success-text" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}
