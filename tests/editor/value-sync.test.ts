import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RichText } from '../../shared/model/richtext.js';
import { sameRichText, ValueSync } from '../../renderer/src/editor/value-sync.js';

// How the field and the card agree on a value: what the card receives, and when the editor
// throws away what it holds for what the card gives it.

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

describe('sameRichText', () => {
  it('compares content, not identity or key order, and counts undefined keys as absent', () => {
    expect(sameRichText(text('a'), text('a'))).toBe(true);
    expect(sameRichText(text('a'), text('b'))).toBe(false);
    expect(sameRichText([{ type: 'paragraph', children: [{ text: 'a', type: 'text', bold: undefined }] }], text('a'))).toBe(true);
    expect(sameRichText([{ type: 'paragraph', children: [{ type: 'text', text: 'a', bold: true }] }], text('a'))).toBe(false);
    expect(sameRichText([], text(''))).toBe(false);
  });
});

describe('ValueSync', () => {
  let content: RichText;
  let received: RichText[];
  let sync: ValueSync;

  beforeEach(() => {
    vi.useFakeTimers();
    content = text('début');
    received = [];
    sync = new ValueSync(content, { read: () => content, emit: (v) => received.push(v), delayMs: 300 });
  });
  afterEach(() => vi.useRealTimers());

  const type = (t: string) => {
    content = text(t);
    sync.edited();
  };

  it('emits once typing pauses, with the latest content', () => {
    type('débu');
    vi.advanceTimersByTime(200);
    type('début!');
    vi.advanceTimersByTime(299);
    expect(received).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(received).toEqual([text('début!')]);
  });

  it('emits waiting edits at once on flush (blur, unmount), and only once', () => {
    type('vite');
    sync.flush();
    expect(received).toEqual([text('vite')]);
    vi.advanceTimersByTime(1000);
    sync.flush();
    expect(received).toHaveLength(1);
  });

  it('emits nothing when an edit leaves the value as it was (a selection, an undone keystroke)', () => {
    type('début');
    vi.advanceTimersByTime(300);
    expect(received).toEqual([]);
  });

  it('does not reload for its own value echoed back, nor for an equal copy of the last value given', () => {
    type('écho');
    vi.advanceTimersByTime(300);
    expect(sync.incoming(received[0]!)).toBe(false);
    expect(sync.incoming(text('écho'))).toBe(false);
    // The owner ignores the change and keeps giving its old value: typing is not thrown away.
    const kept: RichText[] = [];
    const owner = new ValueSync(text('ancien'), { read: () => text('nouveau'), emit: (v) => kept.push(v), delayMs: 300 });
    owner.edited();
    owner.flush();
    expect(kept).toEqual([text('nouveau')]);
    expect(owner.incoming(text('ancien'))).toBe(false);
  });

  it('reloads for a value changed from outside (undo, another card) and drops the edits waiting', () => {
    type('écrit');
    vi.advanceTimersByTime(300);
    type('écrit puis');
    expect(sync.incoming(text('autre fiche'))).toBe(true);
    vi.advanceTimersByTime(1000);
    sync.flush();
    expect(received).toEqual([text('écrit')]);
    // The reloaded value is now the reference: reading it back emits nothing.
    content = text('autre fiche');
    sync.edited();
    vi.advanceTimersByTime(300);
    expect(received).toHaveLength(1);
  });

  it('reloads for an undo back to a value it emitted before', () => {
    type('un');
    vi.advanceTimersByTime(300);
    sync.incoming(received[0]!);
    type('deux');
    vi.advanceTimersByTime(300);
    sync.incoming(received[1]!);
    expect(sync.incoming(text('un'))).toBe(true);
  });
});
