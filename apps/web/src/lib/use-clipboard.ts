import { useCallback, useEffect, useState } from 'react';

export type CopyResult = 'copied' | 'failed';

/**
 * Copies text to the clipboard and remembers for a moment whether it worked, per key (e.g. a task's
 * id), so a list with many Copy buttons says "Copied" next to the right one.
 */
export function useClipboard(resetMs = 2000) {
  const [last, setLast] = useState<{ key: string; result: CopyResult } | null>(null);

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => setLast(null), resetMs);
    return () => clearTimeout(timer);
  }, [last, resetMs]);

  const copy = useCallback(async (text: string, key = ''): Promise<CopyResult> => {
    try {
      // navigator.clipboard is undefined outside a secure context (https or localhost): that lands here too.
      await navigator.clipboard.writeText(text);
      setLast({ key, result: 'copied' });
      return 'copied';
    } catch {
      setLast({ key, result: 'failed' });
      return 'failed';
    }
  }, []);

  const resultFor = (key = ''): CopyResult | null => (last?.key === key ? last.result : null);
  return { copy, resultFor };
}
