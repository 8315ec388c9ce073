import { useEffect, useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** The button's accessible name when a view has several, e.g. "Copy subject"; it starts with the visible "Copy". */
  label?: string;
  /** What the failure message tells the user to copy by hand, e.g. "the key". */
  what?: string;
}

/** Copies text to the clipboard and says so for a moment (politely announced to screen readers). */
export function CopyButton({ text, label, what = 'the text' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      // navigator.clipboard is undefined outside a secure context (https or localhost): that lands here too.
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button type="button" className="btn btn--secondary btn--small" onClick={() => void copy()} aria-label={label}>
        Copy
      </button>
      <span role="status" className="small">
        {state === 'copied' ? 'Copied' : state === 'failed' ? `Copy failed: select ${what} and copy it by hand` : ''}
      </span>
    </>
  );
}
