import { useEffect, useState } from 'react';

/** Copies text to the clipboard and says so for a moment (politely announced to screen readers). */
export function CopyButton({ text }: { text: string }) {
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
      <button type="button" className="btn btn--secondary btn--small" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="small">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the key and copy it by hand' : ''}
      </span>
    </>
  );
}
