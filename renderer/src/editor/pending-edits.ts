/**
 * The rich-text fields whose last edits are still waiting for their pause before they reach the
 * report (see ValueSyncPlugin). Someone who needs the report as typed now, the print preview
 * once typing has stopped, asks them to hand their text over at once instead of waiting for the
 * field's own pause on top of theirs. Kept apart from the editor so that asking loads no editor.
 */
const fields = new Set<() => void>();

/** Registers a field's way to hand over its waiting edits; returns how to unregister it. */
export function holdsPendingEdits(flush: () => void): () => void {
  fields.add(flush);
  return () => {
    fields.delete(flush);
  };
}

/**
 * Every field hands its waiting edits to the report now (synchronously: the store holds them
 * when this returns). A field with nothing waiting does nothing.
 */
export function flushPendingEdits(): void {
  for (const flush of [...fields]) flush();
}
