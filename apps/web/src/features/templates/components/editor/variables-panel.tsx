import type { TemplateVariableDto } from '@parley/shared-types';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useTemplateVariables } from '../../api/get-template-variables';
import { VARIABLE_GROUP_LABELS } from '../labels';

const GROUPS = Object.keys(VARIABLE_GROUP_LABELS) as TemplateVariableDto['group'][];

interface Props {
  /** Where a click inserts, for the hint ("Subject" or "Body"). */
  target: string;
  onInsert: (name: string) => void;
}

/** Every placeholder the API accepts; clicking one inserts it at the cursor. */
export function VariablesPanel({ target, onInsert }: Props) {
  const variables = useTemplateVariables();

  return (
    <aside className="card stack variables-panel" aria-labelledby="variables-title">
      <div className="stack stack--sm">
        <h2 id="variables-title" className="section-title">
          Variables
        </h2>
        <p className="muted small">
          Click one to insert it at the cursor in the <strong>{target.toLowerCase()}</strong> (whichever field you were last in). Optional text can go in{' '}
          <code>{'{{#if name}}…{{else}}…{{/if}}'}</code> or <code>{'{{#unless name}}…{{/unless}}'}</code>.
        </p>
      </div>
      {variables.isPending && <RowsSkeleton label="Loading variables" rows={6} />}
      {variables.isError && <ErrorState title="Could not load the variables" error={variables.error} onRetry={() => void variables.refetch()} />}
      {variables.data &&
        GROUPS.map((group) => {
          const items = variables.data.variables.filter((v) => v.group === group);
          if (!items.length) return null;
          return (
            <div key={group} className="stack stack--sm">
              <h3 className="variables-panel__group">{VARIABLE_GROUP_LABELS[group]}</h3>
              <ul className="variables-panel__list">
                {items.map((v) => (
                  <li key={v.name} className="variable">
                    <button
                      type="button"
                      className="variable__insert"
                      // Keeps the cursor (and focus) in the field being written while the mouse is down.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => onInsert(v.name)}
                      aria-describedby={`variable-${v.name}`}
                    >
                      <span className="visually-hidden">Insert </span>
                      <code>{`{{${v.name}}}`}</code>
                    </button>
                    <p id={`variable-${v.name}`} className="variable__description">
                      {v.description}
                      <span className="variable__example">e.g. {v.example}</span>
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
    </aside>
  );
}
