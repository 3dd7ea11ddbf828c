import { useEffect } from 'react';
import { useBilan } from '../../store/index.js';

// A rich-text field not mounted yet is a `role="textbox"` preview that mounts its editor when focused.
const FOCUSABLE = 'input:not([type=hidden]), textarea, select, [contenteditable="true"], [role="textbox"][tabindex="0"], button';
const TEXT = 'input:not([type=hidden]), textarea, select, [contenteditable="true"], [role="textbox"][tabindex="0"]';

/** How long a field reached from a validation entry stays highlighted (editor.css's animation). */
const FLASH_MS = 2000;

/** Scrolls to the field a validation entry leads to, once its card is on screen, focuses it and highlights it briefly. */
export function useFocusRequest(): void {
  const focus = useBilan((s) => s.focus);
  const view = useBilan((s) => s.view);
  useEffect(() => {
    if (!focus) return undefined;
    const anchor = document.getElementById(focus.anchor) ?? document.getElementById(focus.fallback);
    if (!anchor) return undefined;
    // The text itself rather than a rich-text field's toolbar, which comes first in the page.
    const target = anchor.matches(FOCUSABLE) ? anchor : (anchor.querySelector<HTMLElement>(TEXT) ?? anchor.querySelector<HTMLElement>(FOCUSABLE));
    anchor.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    // Briefly marked, so that the eye finds it in the page.
    anchor.classList.remove('bilan-flash');
    void anchor.offsetWidth;
    anchor.classList.add('bilan-flash');
    const done = setTimeout(() => anchor.classList.remove('bilan-flash'), FLASH_MS);
    return () => clearTimeout(done);
  }, [focus, view]);
}
