import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import type { NodeKey } from 'lexical';
import { createElement, useContext, useEffect, useId, useRef, useState } from 'react';
import { useEditorT } from '../i18n.js';
import { MediaUrlContext } from '../media.js';
import { MAX_ALT_LENGTH } from '../rules.js';
import { SET_IMAGE_ALT_COMMAND } from './image-commands.js';

/** What an image block shows in the editor. */
export interface ImageViewProps {
  nodeKey: NodeKey;
  media: string;
  alt: string;
  width: number | undefined;
}

// Written with createElement rather than JSX: the node (and so this view) is also loaded by the
// headless tests, which never render it.
/**
 * The image as drawn in the editor: its media URL from the context, its width as a share of
 * the text, and under it the alternative text, editable, since a report must describe every image.
 */
export function ImageView({ nodeKey, media, alt, width }: ImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useEditorT();
  const id = useId();
  // A local draft keeps the caret in place while the node catches up with each keystroke.
  const [draft, setDraft] = useState(alt);
  useEffect(() => setDraft(alt), [alt]);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => keepEventsInBox(input.current), []);
  const src = useContext(MediaUrlContext)(media);
  const style = { width: `${(width ?? 1) * 100}%` };
  const picture =
    src === undefined
      ? createElement('span', { className: 'bilan-image-missing', style }, alt || t('imageMissing'))
      : createElement('img', { src, alt, style, draggable: false });
  return createElement(
    'figure',
    { className: 'bilan-image-figure' },
    picture,
    createElement(
      'figcaption',
      null,
      createElement('label', { htmlFor: id }, t('imageAlt')),
      createElement('input', {
        id,
        ref: input,
        type: 'text',
        value: draft,
        maxLength: MAX_ALT_LENGTH,
        readOnly: !editable,
        onChange: (event: { target: { value: string } }) => {
          setDraft(event.target.value);
          editor.dispatchCommand(SET_IMAGE_ALT_COMMAND, { key: nodeKey, alt: event.target.value });
        },
      }),
    ),
  );
}

// The box sits inside the editor's content, whose own listeners would take its keys (Ctrl+A
// selecting the whole field, Backspace deleting the image) and its pastes (into the text).
const BOX_EVENTS = ['keydown', 'keyup', 'keypress', 'paste', 'copy', 'cut', 'drop'] as const;

function keepEventsInBox(box: HTMLInputElement | null): (() => void) | undefined {
  if (!box) return undefined;
  const stop = (event: Event) => event.stopPropagation();
  for (const type of BOX_EVENTS) box.addEventListener(type, stop);
  return () => {
    for (const type of BOX_EVENTS) box.removeEventListener(type, stop);
  };
}
