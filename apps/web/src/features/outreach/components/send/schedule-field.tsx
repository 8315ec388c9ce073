import { Field } from '@/components/ui/field';

/** A datetime-local value ("2026-12-01T09:00", in the browser's time zone) as ISO 8601 UTC; null when empty or not a time. */
export function scheduleToIso(value: string): string | null {
  if (!value) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Why a schedule cannot be used, or undefined when it can (empty means "send now"). Call at submit, not while rendering. */
export function scheduleError(value: string): string | undefined {
  if (!value) return undefined;
  const iso = scheduleToIso(value);
  if (!iso) return 'Enter a date and time, or leave it empty to send now.';
  if (Date.parse(iso) <= Date.now()) return 'Choose a time in the future, or leave it empty to send now.';
  return undefined;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string | string[];
}

export function ScheduleField({ value, onChange, error }: Props) {
  return (
    <Field label="Schedule for" hint="Optional, in your local time. Leave empty to send now." error={error}>
      {(control) => <input {...control} type="datetime-local" className="input" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
