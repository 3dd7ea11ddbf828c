import {
  $applyNodeReplacement,
  $getDocument,
  addClassNamesToElement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { createElement, type ReactElement } from 'react';
import { ImageView } from './ImageView.js';

/** An image block as Lexical serializes it: the report's media id, alt text and width share. */
export type SerializedImageNode = Spread<{ media: string; alt: string; width?: number }, SerializedLexicalNode>;

/** What an image holds, as in the report's `image` block. */
export interface ImagePayload {
  media: string;
  alt: string;
  width?: number | undefined;
}

/**
 * An image of the report's media, as a block of its own. It keeps the media id, never a URL or
 * bytes: the editor shows it through {@link MediaUrlContext}, the exporters read the file's media.
 */
export class ImageNode extends DecoratorNode<ReactElement> {
  __media: string;
  __alt: string;
  __width: number | undefined;

  static override getType(): string {
    return 'bilan-image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__media, node.__alt, node.__width, node.__key);
  }

  // Serialized state may come from a clipboard or an older file: keep only well-typed values.
  static override importJSON(json: SerializedImageNode): ImageNode {
    const { media, alt, width } = json as Partial<Record<string, unknown>>;
    return $createImageNode({
      media: typeof media === 'string' ? media : '',
      alt: typeof alt === 'string' ? alt : '',
      width: typeof width === 'number' ? width : undefined,
    });
  }

  // Only images this editor exported carry a media id; other pasted images (web URLs, data:
  // URIs) are not in the report's media and are dropped.
  static override importDOM(): DOMConversionMap | null {
    return {
      img: (element) => (element.hasAttribute('data-bilan-media') ? { conversion: convertImage, priority: 1 } : null),
    };
  }

  constructor(media: string, alt: string, width?: number, key?: NodeKey) {
    super(key);
    this.__media = media;
    this.__alt = alt;
    this.__width = width;
  }

  override exportJSON(): SerializedImageNode {
    const json: SerializedImageNode = { ...super.exportJSON(), media: this.__media, alt: this.__alt };
    if (this.__width !== undefined) json.width = this.__width;
    return json;
  }

  override exportDOM(): DOMExportOutput {
    const img = $getDocument().createElement('img');
    img.alt = this.__alt;
    img.setAttribute('data-bilan-media', this.__media);
    if (this.__width !== undefined) img.setAttribute('data-bilan-width', String(this.__width));
    return { element: img };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = $getDocument().createElement('div');
    addClassNamesToElement(div, config.theme.image);
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return createElement(ImageView, { nodeKey: this.getKey(), media: this.__media, alt: this.__alt, width: this.__width });
  }

  /** The report's media id. */
  getMedia(): string {
    return this.getLatest().__media;
  }

  /** The text a screen reader reads instead of the image. */
  getAlt(): string {
    return this.getLatest().__alt;
  }

  /** Share of the text width (0.1–1), or undefined for the full width. */
  getWidth(): number | undefined {
    return this.getLatest().__width;
  }

  /** Changes the alternative text. */
  setAlt(alt: string): this {
    const self = this.getWritable();
    self.__alt = alt;
    return self;
  }

  /** Changes the share of the text width; undefined for the full width. */
  setWidth(width: number | undefined): this {
    const self = this.getWritable();
    self.__width = width;
    return self;
  }
}

function convertImage(element: HTMLElement): DOMConversionOutput {
  const width = Number(element.getAttribute('data-bilan-width'));
  return {
    node: $createImageNode({
      media: element.getAttribute('data-bilan-media') ?? '',
      alt: element.getAttribute('alt') ?? '',
      width: Number.isFinite(width) && width > 0 ? width : undefined,
    }),
  };
}

/** Creates an image block. */
export function $createImageNode({ media, alt, width }: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(media, alt, width));
}

/** Tells whether a node is an image block. */
export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
