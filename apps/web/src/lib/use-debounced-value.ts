import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delay` ms, e.g. a search box, so typing does not fire a request per letter. */
export function useDebouncedValue<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
