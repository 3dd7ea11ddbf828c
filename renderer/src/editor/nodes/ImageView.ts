import { createElement, useContext } from 'react';
import { MediaUrlContext } from '../media.js';

/** What an image block shows in the editor. */
export interface ImageViewProps {
  media: string;
  alt: string;
  width: number | undefined;
}

// Written with createElement rather than JSX: the node (and so this view) is also loaded by the
// headless tests, whose TypeScript project has no JSX setting.
/** The image as drawn in the editor: its media URL from the context, its width as a share of the text. */
export function ImageView({ media, alt, width }: ImageViewProps) {
  const src = useContext(MediaUrlContext)(media);
  const style = { width: `${(width ?? 1) * 100}%` };
  return src === undefined
    ? createElement('span', { className: 'bilan-image-missing', style }, alt)
    : createElement('img', { src, alt, style, draggable: false });
}
