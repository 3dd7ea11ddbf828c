/**
 * A place in a field's text, as a path of child positions from its editing area down to a
 * node, and an offset in that node. The preview (RichTextView) and the editor draw the same
 * elements in the same order, so a place found in one is the same place in the other, without
 * waiting for the editor to be laid out. Only tables differ: the preview's rows sit in a
 * `<tbody>`, which the path skips.
 */
export interface CaretPath {
  steps: number[];
  offset: number;
}

/**
 * How a field not mounted yet was asked for its editor by the user: focused (Tab, a focus
 * request), or pressed at a place of its text (null when the press was beside the text, on the
 * toolbar say), possibly in an image's alternative text box.
 */
export type Activation = { kind: 'focus' } | { kind: 'press'; place: CaretPath | null; input: boolean };

/** A node's children, with the rows of a table body counted as the table's own. */
function children(node: Node): Node[] {
  return [...node.childNodes].flatMap((child) => (child.nodeName === 'TBODY' ? [...child.childNodes] : [child]));
}

/** The place under a point of the screen, if it is in `root`. */
export function caretPathAt(root: Element, x: number, y: number): CaretPath | null {
  const caret = document.caretPositionFromPoint(x, y);
  if (!caret || !root.contains(caret.offsetNode) || caret.offsetNode === root) return null;
  const steps: number[] = [];
  for (let node = caret.offsetNode; node !== root; ) {
    const parent = node.parentNode!;
    const holder = parent.nodeName === 'TBODY' ? parent.parentNode! : parent;
    steps.unshift(children(holder).indexOf(node));
    node = holder;
  }
  return { steps, offset: caret.offset };
}

/** The node and offset a place designates in `root`, or null when `root` holds no such place. */
export function resolveCaretPath(root: Element, place: CaretPath): { node: Node; offset: number } | null {
  let node: Node = root;
  for (const step of place.steps) {
    const next = children(node)[step];
    if (!next) return null;
    node = next;
  }
  const length = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').length : node.childNodes.length;
  return { node, offset: Math.min(place.offset, length) };
}
