import { DELIVERABLE_TYPES, PLATFORMS, type Platform } from '@parley/shared-types';
import type { ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';

/** One deliverable as a form edits it: the quantity stays text until the form sends it. */
export interface DeliverableRow {
  /** Stable React key, so removing a row does not shift the others' inputs. */
  key: number;
  /** One of the usual types; the API also accepts a word of one's own, which editing keeps. */
  type: string;
  platform: Platform;
  quantity: string;
}

export type DeliverableField = 'type' | 'platform' | 'quantity';

interface DeliverableRowsProps {
  rows: DeliverableRow[];
  onChange: (rows: DeliverableRow[]) => void;
  /** The row "Add deliverable" appends, given the current last one. */
  newRow: (last: DeliverableRow | undefined) => DeliverableRow;
  /** The type select's usual choices; a row's own word is added so the select can show it. */
  types?: readonly string[];
  /** The largest quantity the form allows, if it says. */
  maxQuantity?: number;
  /** Row i's message(s) for one of its fields, as Field shows them. */
  errorFor?: (i: number, field: DeliverableField) => string | string[] | undefined;
  /** Field labels other than "Type", "Platform" and "Quantity". */
  labels?: Partial<Record<DeliverableField, string>>;
  /** Never leave the list empty: a lone row has no Remove button. */
  keepOne?: boolean;
  /** Shown while there are no rows. */
  empty?: ReactNode;
  /** A small "Add deliverable" button, for compact forms. */
  small?: boolean;
}

/** The usual types, plus the row's own word if it has one. */
const typeOptions = (types: readonly string[], current: string): readonly string[] => (types.includes(current) ? types : [...types, current]);

/** Deliverable rows (type, platform, quantity), each removable, and a button to add one. */
export function DeliverableRows({
  rows,
  onChange,
  newRow,
  types = DELIVERABLE_TYPES,
  maxQuantity,
  errorFor,
  labels,
  keepOne = false,
  empty,
  small = false,
}: DeliverableRowsProps) {
  const updateRow = (key: number, patch: Partial<DeliverableRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="deliverable-row">
          <legend className="visually-hidden">Deliverable {i + 1}</legend>
          <Field label={labels?.type ?? 'Type'} error={errorFor?.(i, 'type')}>
            {(control) => (
              <select {...control} className="select" value={row.type} onChange={(e) => updateRow(row.key, { type: e.target.value })}>
                {typeOptions(types, row.type).map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={labels?.platform ?? 'Platform'} error={errorFor?.(i, 'platform')}>
            {(control) => (
              <select {...control} className="select" value={row.platform} onChange={(e) => updateRow(row.key, { platform: e.target.value as Platform })}>
                {PLATFORMS.map((platform) => (
                  <option key={platform} value={platform}>
                    {PLATFORM_LABELS[platform]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={labels?.quantity ?? 'Quantity'} error={errorFor?.(i, 'quantity')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="number"
                min={1}
                max={maxQuantity}
                step={1}
                value={row.quantity}
                onChange={(e) => updateRow(row.key, { quantity: e.target.value })}
              />
            )}
          </Field>
          {keepOne && rows.length === 1 ? (
            // Keeps the grid's last column, so a lone row lines up like the others.
            <span aria-hidden="true" />
          ) : (
            <button
              type="button"
              className="btn btn--ghost deliverable-row__remove"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={`Remove deliverable ${i + 1}`}
            >
              Remove
            </button>
          )}
        </fieldset>
      ))}
      {!rows.length && empty}
      <div>
        <button
          type="button"
          className={small ? 'btn btn--secondary btn--small' : 'btn btn--secondary'}
          onClick={() => onChange([...rows, newRow(rows[rows.length - 1])])}
        >
          Add deliverable
        </button>
      </div>
    </>
  );
}
