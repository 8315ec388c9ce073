import { Field } from '@/components/ui/field';
import { useCampaigns } from '../api/get-campaigns';

interface Props {
  /** The chosen campaign's id, or '' for all. */
  value: string;
  onChange: (campaignId: string) => void;
}

/** "Campaign" in a filter bar: every campaign of the store, or all of them. */
export function CampaignFilter({ value, onChange }: Props) {
  const campaigns = useCampaigns({ perPage: 100 });
  return (
    <Field label="Campaign" error={campaigns.isError ? 'Could not load campaigns.' : undefined}>
      {(control) => (
        <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">All campaigns</option>
          {campaigns.data?.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
