import { Field, Fieldset } from '@/components/ui/field';
import { DeliverableRows, type DeliverableField } from '@/features/campaigns/components/deliverable-rows';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { MAX_QUANTITY, newRow, type ContractDeliverableRow } from './contract-draft';

interface Props {
  rows: ContractDeliverableRow[];
  onChange: (rows: ContractDeliverableRow[]) => void;
  /** Row i's message(s) for one of its fields (type, platform, quantity or dueDate). */
  errorFor: (i: number, field: DeliverableField | 'dueDate') => string | string[] | undefined;
  /** The contract period, to keep the date pickers inside it. */
  startDate: string;
  endDate: string;
}

/** "Deliverable 2: 1 × TikTok video". */
const rowName = (row: ContractDeliverableRow, i: number) => `Deliverable ${i + 1}: ${row.quantity || '?'} × ${PLATFORM_LABELS[row.platform]} ${row.type}`;

/**
 * The campaigns' deliverable rows (type, platform, quantity), and a due date for each below them:
 * the shared editor knows nothing of dates, so they are kept here by row key.
 */
export function ContractDeliverables({ rows, onChange, errorFor, startDate, endDate }: Props) {
  const dueDates = new Map(rows.map((row) => [row.key, row.dueDate]));
  const setDueDate = (key: number, dueDate: string) => onChange(rows.map((row) => (row.key === key ? { ...row, dueDate } : row)));

  return (
    <>
      <DeliverableRows
        rows={rows}
        // The shared rows come back without their due dates' type: put each back by key (new rows have none).
        onChange={(next) => onChange(next.map((row) => ({ ...row, dueDate: dueDates.get(row.key) ?? '' })))}
        newRow={newRow}
        maxQuantity={MAX_QUANTITY}
        errorFor={errorFor}
        empty={<p className="muted small">No deliverables: for a commission or product-only deal, that may be all.</p>}
        small
      />
      {rows.length > 0 && (
        <Fieldset legend="Due dates" hint="Optional. Without one, the deliveries are spread over the contract period.">
          <div className="due-dates">
            {rows.map((row, i) => (
              <Field key={row.key} label={rowName(row, i)} error={errorFor(i, 'dueDate')}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type="date"
                    min={startDate || undefined}
                    max={endDate || undefined}
                    value={row.dueDate}
                    onChange={(e) => setDueDate(row.key, e.target.value)}
                  />
                )}
              </Field>
            ))}
          </div>
        </Fieldset>
      )}
    </>
  );
}
