import type { MouseEvent } from 'react';
import { TOOL_ICONS } from './tool-icons.js';

/** One toolbar button: a DSFR icon, its name as tooltip and accessible name (shown only without an icon). */
export interface ToolButtonProps {
  /** A DSFR icon class, such as `fr-icon-bold`. */
  icon?: string | undefined;
  label: string;
  /** For toggles: whether the format is on at the selection. */
  pressed?: boolean | undefined;
  disabled?: boolean | undefined;
  /** What the button does, at more length, for the tooltip. */
  hint?: string | undefined;
  /** Keyboard shortcut shown in the tooltip, such as `Ctrl+B`. */
  shortcut?: string | undefined;
  onClick(): void;
}

// Pressing with the mouse must not take the focus (and so the caret) out of the text.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** A design-system icon at the small size: inline SVG for the toolbar's own (see tool-icons.ts). */
function ToolIcon({ icon }: { icon: string }) {
  const drawing = TOOL_ICONS[icon];
  if (!drawing) return <span className={`${icon} fr-icon--sm`} aria-hidden="true" />;
  return (
    <svg className="bilan-rte__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {drawing.paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/**
 * A toolbar button. With an icon, the icon alone shows and the name is read aloud and shown as
 * the tooltip (with what it does and its shortcut): a row of names wrapped onto four lines.
 */
export function ToolButton({ icon, label, pressed, disabled, hint, shortcut, onClick }: ToolButtonProps) {
  const tip = `${icon ? label : ''}${icon && hint ? ' — ' : ''}${hint ?? ''}${shortcut ? ` (${shortcut})` : ''}`.trim();
  return (
    <button
      type="button"
      className={icon ? 'bilan-rte__button bilan-rte__button--icon' : 'bilan-rte__button'}
      aria-pressed={pressed}
      disabled={disabled}
      title={tip || undefined}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {icon && <ToolIcon icon={icon} />}
      <span className={icon ? 'fr-sr-only' : 'bilan-rte__button-text'}>{label}</span>
    </button>
  );
}
