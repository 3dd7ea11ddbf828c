/**
 * Text made safe to draw: control characters go (a tab becomes a space, line and paragraph
 * separators a line break), and characters the face lacks (emoji, Arabic, Hebrew…) are replaced
 * by a visible mark: U+FFFD when the face has it, else a white square, else "?". Never a
 * .notdef box, and never nothing: a reader must see that something is missing.
 */
export function drawableText(text: string, has: (codePoint: number) => boolean): string {
  // The common case, plain Latin text, needs no work.
  if (/^[\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u202f]*$/.test(text) && allDrawable(text, has)) return text;
  let out = '';
  let dropped = false;
  // A mark the reader sees where a character could not be printed, never nothing.
  const replacement = has(0xfffd) ? '\ufffd' : has(0x25a1) ? '\u25a1' : '?';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x2028 || cp === 0x2029) {
      out += '\n';
      dropped = false;
      continue;
    }
    if (cp === 0x09) {
      out += ' ';
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) continue;
    if (has(cp)) {
      out += ch;
      dropped = false;
      continue;
    }
    // Joiners and variation selectors belong to the emoji they follow: one mark per emoji sequence.
    const joiner = cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
    if (!dropped && !joiner) out += replacement;
    dropped = true;
  }
  return out;
}

function allDrawable(text: string, has: (codePoint: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!has(text.charCodeAt(i))) return false;
  return true;
}
