import type { RichText } from '../../../shared/model/richtext.js';

/**
 * What the test page exposes on its window, as seen from page.evaluate callbacks. The Node
 * project has no DOM types, so callbacks reach the page through `globalThis` cast to this
 * (inside the callback: it is sent to the page as source, and sees nothing of this module).
 */
export interface FieldPageGlobals {
  /** The last value the field emitted. */
  __value?: RichText;
  /** How many times the field emitted. */
  __changes: number;
  /** Changes the value from outside, as a report-level undo or another card would. */
  __setValue(value: RichText): void;
  /** Removes the field from the page. */
  __unmount(): void;
  /** Asks the fields for their waiting edits at once, as the print preview does once typing has stopped. */
  __flushPendingEdits(): void;
  /** Set by hostile pasted HTML if any of it ever ran. */
  __pwned?: unknown;
  /** Keystroke latencies measured in the page once a probe is installed (support/keystrokes.ts), in milliseconds. */
  __keystrokes?: number[];
}
