import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A `<dialog>` shown as a modal (the page behind it is inert) whose Tab key cycles inside it:
 * `showModal` alone lets focus leave for the browser's own controls. Focus returns to the
 * element that opened it when it goes away.
 */
export function useModal(): { ref: RefObject<HTMLDialogElement | null>; onKeyDown: (event: KeyboardEvent) => void } {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // Unless something else took the focus on purpose (a missing text leads to its field).
      if (opener?.isConnected && (document.activeElement === document.body || dialog?.contains(document.activeElement))) opener.focus();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.offsetParent !== null);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return { ref, onKeyDown };
}
