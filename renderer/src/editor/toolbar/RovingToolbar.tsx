import { type KeyboardEvent, type ReactNode, useLayoutEffect, useRef } from 'react';

/** A labelled group of buttons. */
export interface RovingToolbarProps {
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A `role="toolbar"` group with one tab stop, as the ARIA toolbar pattern has it: Tab enters
 * at the last button used, the arrow keys, Home and End move between buttons. A field's
 * toolbar then costs one Tab, not fifteen, on the way through a card.
 */
export function RovingToolbar({ label, className, children }: RovingToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  const buttons = () => Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const enabled = () => buttons().filter((b) => !b.disabled);

  // After every render buttons may have appeared or been disabled: keep exactly one tab stop.
  useLayoutEffect(() => {
    const all = buttons();
    const stop = all[current.current] && !all[current.current]!.disabled ? all[current.current] : enabled()[0];
    for (const button of all) button.tabIndex = button === stop ? 0 : -1;
  });

  const onFocus = () => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    current.current = index;
    for (const button of all) button.tabIndex = button === all[index] ? 0 : -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = enabled();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowRight' ? list[(at + 1) % list.length]
      : event.key === 'ArrowLeft' ? list[(at - 1 + list.length) % list.length]
      : event.key === 'Home' ? list[0]
      : event.key === 'End' ? list[list.length - 1]
      : undefined;
    if (!target || at < 0) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div ref={ref} role="toolbar" aria-label={label} className={className} onFocus={onFocus} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
