import type { InfluencerDto } from '@parley/shared-types';
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useInfluencers } from '@/features/influencers/api/get-influencers';
import { useDebouncedValue } from '@/lib/use-debounced-value';

/** The API's page limit: the picker lists at most this many matches. */
const SHOWN = 100;

/** "Maya Lopez (@maya.runs)". */
const nameOf = (i: Pick<InfluencerDto, 'displayName' | 'username'>) => (i.displayName ? `${i.displayName} (@${i.username})` : `@${i.username}`);

interface Props {
  value: string;
  onChange: (influencerId: string) => void;
  error: string | string[] | undefined;
}

/** The creator the contract is with: a search over the store's creators and a select of the matches. */
export function InfluencerPicker({ value, onChange, error }: Props) {
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim());
  const influencers = useInfluencers({ perPage: SHOWN, ...(query && { q: query }) });
  const found = influencers.data?.influencers ?? [];
  // The chosen creator stays listed when a later search no longer matches them.
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const keepChosen = chosen && chosen.id === value && !found.some((i) => i.id === value);
  const total = influencers.data?.pagination.total ?? 0;

  return (
    <div className="stack stack--sm">
      <Field label="Search creators" hint={total > SHOWN ? `The first ${SHOWN} of ${total} are listed: search to narrow them down.` : undefined}>
        {(control) => (
          <input {...control} type="search" className="input" placeholder="Name, username or email" value={q} onChange={(e) => setQ(e.target.value)} />
        )}
      </Field>
      <Field label="Influencer" error={error ?? (influencers.isError ? 'Could not load creators.' : undefined)}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={value}
            aria-busy={influencers.isFetching}
            onChange={(e) => {
              const picked = found.find((i) => i.id === e.target.value);
              setChosen(picked ? { id: picked.id, name: nameOf(picked) } : null);
              onChange(e.target.value);
            }}
          >
            <option value="">{influencers.isPending ? 'Loading creators…' : found.length || keepChosen ? 'Choose a creator' : 'No creator matches'}</option>
            {keepChosen && <option value={chosen.id}>{chosen.name}</option>}
            {found.map((i) => (
              <option key={i.id} value={i.id}>
                {nameOf(i)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
