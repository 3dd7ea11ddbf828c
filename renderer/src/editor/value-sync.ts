import { deepEqual } from '../../../shared/merge/equal.js';
import type { RichText } from '../../../shared/model/richtext.js';

/**
 * Whether two rich-text values hold the same content. Values are plain JSON-like data; a key
 * whose value is undefined counts as absent, as it does once the value is saved.
 */
export function sameRichText(a: RichText, b: RichText): boolean {
  return deepEqual(a, b);
}

/** What {@link ValueSync} needs from the editor and its owner. */
export interface ValueSyncOptions {
  /** Reads the editor's content as report rich text. */
  read(): RichText;
  /** Hands a changed value to the owner (the field's `onChange`). */
  emit(value: RichText): void;
  /** How long edits may gather before they are emitted. */
  delayMs: number;
}

/**
 * Keeps an editor and its owner's value in step without fighting over it. Edits are emitted
 * after a pause (reading the whole document on every keystroke would slow typing in long
 * fields), and at once on `flush` (blur, unmount, page hide) so no keystroke is lost. A value
 * from outside reloads the editor only when it really changed and differs from what the
 * editor last emitted: the owner echoing our own value back, or re-rendering with an equal
 * copy, leaves the editor (and the caret) alone.
 */
export class ValueSync {
  private lastEmitted: RichText;
  private lastIncoming: RichText;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    initial: RichText,
    private readonly options: ValueSyncOptions,
  ) {
    this.lastEmitted = initial;
    this.lastIncoming = initial;
  }

  /** Whether edits are waiting to be emitted. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** The user changed the content: emit it after the pause. */
  edited(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.delayMs);
  }

  /** Emits waiting edits now, if they changed the value. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const value = this.options.read();
    if (sameRichText(value, this.lastEmitted)) return;
    this.lastEmitted = value;
    this.options.emit(value);
  }

  /**
   * The owner's value, as given on each render. Returns true when the editor must load it:
   * it changed from outside (report-level undo, another card) to something the editor did not
   * emit. Edits still waiting are then dropped, since the outside change is the newer intent.
   */
  incoming(value: RichText): boolean {
    if (value === this.lastIncoming) return false;
    const changed = !sameRichText(value, this.lastIncoming);
    this.lastIncoming = value;
    if (!changed || sameRichText(value, this.lastEmitted)) return false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastEmitted = value;
    return true;
  }
}
