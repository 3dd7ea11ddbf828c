/**
 * The little XML the Word package needs: escaping what we write, and a parser for what comes
 * back. The parser is deliberately plain: one pass over the text, no entities beyond XML's five
 * and character references, no DTD (a document holding one is refused, so no entity expansion
 * can multiply its size), a bounded depth and element count. Its time and memory grow linearly
 * with the text it reads.
 */

/** An element as parsed: its qualified name as written (`w:p`), attributes, and children. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Why a text is not the XML the parser accepts; the reader turns it into "damaged". */
export class XmlError extends Error {}

/** Escapes text for an XML text node or attribute value; drops characters XML 1.0 cannot hold. */
export function esc(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(`unknown entity ${whole}`);
    return named;
  });
}

const ATTR = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Limits a parse keeps to: a hostile document meets them before it costs more. */
export interface XmlLimits {
  depth: number;
  elements: number;
}

/**
 * Parses an XML document into its root element. Comments, processing instructions and CDATA
 * are read as XML reads them (CDATA as text); whitespace-only text between elements is kept
 * only inside `w:t` and similar text holders, where it is content (the caller decides: all text
 * is kept, the caller ignores what it does not read).
 */
export function parseXml(text: string, limits: XmlLimits): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  let at = 0;
  const length = text.length;
  while (at < length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      if (text.slice(at).trim()) throw new XmlError('text after the root element');
      break;
    }
    if (lt > at) {
      const chunk = text.slice(at, lt);
      if (stack.length > 1) stack[stack.length - 1]!.children.push(decode(chunk));
      else if (chunk.trim()) throw new XmlError('text outside the root element');
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlError('unclosed comment');
      at = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('unclosed CDATA');
      if (stack.length > 1) stack[stack.length - 1]!.children.push(text.slice(lt + 9, end));
      at = end + 3;
      continue;
    }
    if (text.startsWith('<!', lt)) throw new XmlError('a document type declaration is not accepted');
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('unclosed processing instruction');
      at = end + 2;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) throw new XmlError('unclosed tag');
    at = gt + 1;
    if (text[lt + 1] === '/') {
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`mismatched closing tag ${name.slice(0, 60)}`);
      continue;
    }
    const selfClosing = text[gt - 1] === '/';
    const inner = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = inner.search(/\s/);
    const name = space < 0 ? inner : inner.slice(0, space);
    if (!name) throw new XmlError('empty tag');
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    if (space >= 0) {
      ATTR.lastIndex = 0;
      const rest = inner.slice(space);
      for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) attrs[m[1]!] = decode(m[3] ?? m[4] ?? '');
    }
    const element: XmlElement = { name, attrs, children: [] };
    if (++count > limits.elements) throw new XmlError('too many elements');
    const parent = stack[stack.length - 1]!;
    if (parent === root && root.children.length > 0) throw new XmlError('two root elements');
    parent.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      if (stack.length > limits.depth) throw new XmlError('nested too deep');
    }
  }
  if (stack.length !== 1) throw new XmlError('unclosed element');
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('no root element');
  return top;
}

/** The local part of a qualified name: `w:p` → `p`. */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The element children of an element. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first child element with a local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && local(c.name) === name) return c;
  return undefined;
}

/** An attribute by its local name (`w:val` or `val`). */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (const [key, value] of Object.entries(el.attrs)) if (local(key) === name) return value;
  return undefined;
}

/** The text an element holds, all its descendants' text nodes joined. */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
