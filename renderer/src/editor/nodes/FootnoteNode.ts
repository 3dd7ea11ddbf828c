import {
  $applyNodeReplacement,
  $getDocument,
  addClassNamesToElement,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';

/** A footnote as Lexical serializes it: its note's text, links and breaks are its children. */
export type SerializedFootnoteNode = SerializedElementNode;

/**
 * A footnote, anchored where it stands. The note's content is the node's own children (text,
 * links, line breaks), so it is edited in place with Lexical's usual tools and serializes
 * without a nested editor. It is drawn as superscript text; the exporters number it.
 */
export class FootnoteNode extends ElementNode {
  static override getType(): string {
    return 'bilan-footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $createFootnoteNode().updateFromJSON(json);
  }

  // Only the marker this editor exports; any other <sup> is plain (superscript dropped) text.
  static override importDOM(): DOMConversionMap | null {
    return {
      sup: (element) =>
        element.hasAttribute('data-bilan-footnote') ? { conversion: () => ({ node: $createFootnoteNode() }), priority: 2 } : null,
    };
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const sup = $getDocument().createElement('sup');
    addClassNamesToElement(sup, config.theme.footnote);
    return sup;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const sup = $getDocument().createElement('sup');
    sup.setAttribute('data-bilan-footnote', '');
    return { element: sup };
  }

  override isInline(): true {
    return true;
  }

  // An emptied footnote disappears, and typing at its edges writes outside it.
  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

/** Creates an empty footnote; append its content. */
export function $createFootnoteNode(): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode());
}

/** Tells whether a node is a footnote. */
export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
