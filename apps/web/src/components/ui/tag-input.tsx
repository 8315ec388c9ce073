import { useState, type KeyboardEvent } from 'react';
import type { ControlProps } from './field';

interface TagInputProps extends ControlProps {
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
}

/** Free-text tags: typing a comma or pressing Enter adds one; Backspace on an empty input removes the last. */
export function TagInput({ value, onChange, placeholder, ...control }: TagInputProps) {
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const tags = text
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter((tag) => tag && !value.includes(tag));
    if (tags.length) onChange([...value, ...new Set(tags)]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      {value.length > 0 && (
        <ul className="tag-input__tags" aria-label="Added">
          {value.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button type="button" className="tag__remove" onClick={() => onChange(value.filter((t) => t !== tag))} aria-label={`Remove ${tag}`}>
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
        onChange={(event) => (event.target.value.includes(',') ? add(event.target.value) : setDraft(event.target.value))}
        onKeyDown={onKeyDown}
        // A tag typed but not confirmed would otherwise be lost when the user moves on.
        onBlur={() => draft.trim() && add(draft)}
      />
    </div>
  );
}
