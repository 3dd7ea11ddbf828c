/**
 * Removes what XML 1.0 cannot hold, so that Word and LibreOffice open the file: control
 * characters other than tab, line feed and carriage return, U+FFFE/U+FFFF, and lone surrogates
 * (halves of an emoji cut in two). Whole emoji and every other character are kept.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** Word ignores bookmarks whose names are longer than this. */
const BOOKMARK_MAX = 40;

/**
 * The Word bookmark name of a layout anchor: the anchor itself when Word accepts it (letters,
 * digits and `_`, at most 40 characters, as the layout makes them), else a shortened name with
 * a hash of the anchor so that two long anchors never collide.
 */
export function bookmarkName(anchor: string): string {
  let name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  if (name.length <= BOOKMARK_MAX && name === anchor) return name;
  let hash = 0x811c9dc5;
  for (let i = 0; i < anchor.length; i++) hash = Math.imul(hash ^ anchor.charCodeAt(i), 0x01000193) >>> 0;
  const suffix = `_${hash.toString(36)}`;
  return name.slice(0, BOOKMARK_MAX - suffix.length) + suffix;
}
