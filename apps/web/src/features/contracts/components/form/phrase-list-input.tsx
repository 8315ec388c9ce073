import { useState, type KeyboardEvent } from 'react';
import type { ControlProps } from '@/components/ui/field';

interface Props extends ControlProps {
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
  /** What one item is called in the remove buttons' names, e.g. "required item". */
  itemName: string;
}

/**
 * A list of short phrases ("#ad", "Use code TRAIL10", "Competitor brands"): Enter adds the typed one,
 * Backspace on an empty input removes the last. Unlike the tag input, case and commas are kept, as a
 * discount code or a sentence needs them.
 */
export function PhraseListInput({ value, onChange, placeholder, itemName, ...control }: Props) {
  const [draft, setDraft] = useState('');

  const add = () => {
    const phrase = draft.trim();
    if (phrase && !value.includes(phrase)) onChange([...value, phrase]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      {value.length > 0 && (
        <ul className="tag-input__tags" aria-label="Added">
          {value.map((phrase) => (
            <li key={phrase} className="tag">
              {phrase}
              <button
                type="button"
                className="tag__remove"
                onClick={() => onChange(value.filter((p) => p !== phrase))}
                aria-label={`Remove ${itemName} “${phrase}”`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...control}
        className="input tag-input__input"
        value={draft}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        // A phrase typed but not confirmed would otherwise be lost when the user moves on.
        onBlur={() => draft.trim() && add()}
      />
    </div>
  );
}
