import { useState, type FormEvent, type ReactNode } from 'react';
import { Field } from './field';

interface Props {
  /** The form's accessible name, e.g. "Filter replies". */
  label: string;
  className?: string;
  /** The applied search text; the draft starts from it (re-key the bar when the URL changes). */
  q: string;
  /** Applies the search (Enter or "Apply"). */
  onSearch: (q: string) => void;
  /** Shown when any filter is applied; clears them all. */
  onClear: (() => void) | null;
  /** The selects between the search and the buttons; they get the draft search to apply with it. */
  children: (draftQ: string) => ReactNode;
}

/** A list's filter bar: a search that applies on Enter or "Apply", the list's own selects, and "Clear". */
export function FilterBar({ label, className, q: applied, onSearch, onClear, children }: Props) {
  const [q, setQ] = useState(applied);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q);
  };
  return (
    <form role="search" aria-label={label} className={`card filter-bar${className ? ` ${className}` : ''}`} onSubmit={onSubmit}>
      <Field label="Search" className="filter-bar__search">
        {(control) => <input {...control} type="search" className="input" placeholder="Creator name, username or email" value={q} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      {children(q)}
      <div className="filter-bar__actions">
        <button type="submit" className="btn btn--primary">
          Apply
        </button>
        {onClear && (
          <button type="button" className="btn btn--ghost" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
