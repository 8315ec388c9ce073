import { useState, type KeyboardEvent } from 'react';
import type { ControlProps } from './field';

interface TagInputProps extends ControlProps {
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
  /**
   * Phrases rather than tags ("#ad", "Use code TRAIL10"): case and commas are kept, as a discount code
   * or a sentence needs them, so only Enter adds one.
   */
  phrases?: boolean;
  /** What one item is called in the remove buttons' names (`Remove required item “#ad”`); without it, `Remove #ad`. */
  itemName?: string;
}

/**
 * Free-text tags: typing a comma or pressing Enter adds one (lower-cased); Backspace on an empty input
 * removes the last. With `phrases`, Enter alone adds the text as typed.
 */
export function TagInput({ value, onChange, placeholder, phrases = false, itemName, ...control }: TagInputProps) {
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const typed = phrases ? [text.trim()] : text.split(',').map((tag) => tag.trim().toLowerCase());
    const tags = typed.filter((tag) => tag && !value.includes(tag));
    if (tags.length) onChange([...value, ...new Set(tags)]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || (event.key === ',' && !phrases)) {
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
              <button
                type="button"
                className="tag__remove"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={itemName ? `Remove ${itemName} “${tag}”` : `Remove ${tag}`}
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
        onChange={(event) => (!phrases && event.target.value.includes(',') ? add(event.target.value) : setDraft(event.target.value))}
        onKeyDown={onKeyDown}
        // A tag typed but not confirmed would otherwise be lost when the user moves on.
        onBlur={() => draft.trim() && add(draft)}
      />
    </div>
  );
}
