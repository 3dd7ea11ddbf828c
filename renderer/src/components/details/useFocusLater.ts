import { useEffect, useState } from 'react';

const TEXT = 'textarea, input:not([type=hidden]), select';

/**
 * Focuses the first text input inside an element once it is drawn (an institution or an
 * ambition just added), so that the keyboard goes on where the new item is.
 */
export function useFocusLater(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    const element = document.getElementById(pending);
    setPending(null);
    element?.scrollIntoView({ block: 'center' });
    element?.querySelector<HTMLElement>(TEXT)?.focus({ preventScroll: true });
  }, [pending]);
  return setPending;
}
