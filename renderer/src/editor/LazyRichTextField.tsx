import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Activation } from './caret-path.js';
import { loadEditor, loadedEditor } from './load-editor.js';
import { mountWhenNear } from './mount-queue.js';
import type { RichTextFieldProps } from './RichTextField.js';
import { RichTextPreview } from './RichTextPreview.js';

/**
 * Keeps a slot at the preview's height while its editor mounts: Lexical draws images (React
 * portals) a moment after the text, and a layout in between would otherwise pull the page up
 * when it is scrolled to its end. The editor ends up exactly the preview's height.
 */
function holdHeight(slot: HTMLElement): void {
  slot.style.minHeight = `${slot.getBoundingClientRect().height}px`;
  requestAnimationFrame(() => (slot.style.minHeight = ''));
}

/**
 * A rich-text field whose Lexical editor is mounted only when it is needed: when the field is
 * on screen or comes near it (see `mountWhenNear`: one editor per task, those on screen first,
 * right after the frame that shows them), or at once when it is focused (Tab, a validation
 * entry leading to it) or pressed. Until then it shows a preview drawn like the editor (see
 * `RichTextPreview`), in the tab order and labelled like it. A card then opens without
 * building the editors of the fields nobody looks at. Once mounted, the editor stays.
 */
export function LazyRichTextField(props: RichTextFieldProps) {
  // Null while the preview shows; then what the user asked of it, if anything.
  const [mounted, setMounted] = useState<{ focus: Activation | undefined } | null>(null);
  const slot = useRef<HTMLDivElement>(null);

  // Watched from the commit that draws the preview, so that the first frame already tells which
  // fields are on screen (a passive effect may run only after that frame). The preview is
  // painted first: mounting the editors of the fields on screen before that frame delayed it
  // and made the editors no sooner ready (tests/bench/editor-bench.ts).
  useLayoutEffect(() => {
    if (mounted || !slot.current) return undefined;
    const box = slot.current;
    // Synchronously: the queue gives each editor a task of its own. The first one waits for
    // the editor's code (see load-editor.ts).
    const show = () => {
      holdHeight(box);
      // Unless a click or the focus mounted it meanwhile, with where to put the caret.
      flushSync(() => setMounted((now) => now ?? { focus: undefined }));
    };
    return mountWhenNear(box, () => (loadedEditor() ? show() : loadEditor().then(show, (error: unknown) => console.error(error))));
  }, [mounted]);

  const activate = (activation: Activation) => {
    const show = () => {
      if (slot.current) holdHeight(slot.current);
      setMounted({ focus: activation });
    };
    if (loadedEditor()) show();
    else loadEditor().then(show, (error: unknown) => console.error(error));
  };
  const Editor = mounted && loadedEditor()?.RichTextField;
  return (
    <div ref={slot} className="bilan-rte-slot">
      {Editor ? <Editor {...props} focusOnMount={mounted.focus} /> : <RichTextPreview {...props} onActivate={activate} />}
    </div>
  );
}
