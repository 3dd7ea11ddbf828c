// A report comes from anyone (a package sent back, a file by mail): its titles and texts may hold
// bytes that a terminal obeys rather than shows. An escape sequence can clear the screen, move the
// cursor over a line already printed, retitle the window or write a link; a bidi control can make
// "✗ missing" read as something else. What the command line prints from a report goes through here.

/** ESC or CSI (0x9B) sequences, C1 strings (OSC, DCS, SOS, PM, APC) and lone escapes, in one pass. */
const SEQUENCES = new RegExp(
  [
    // String commands, to their terminator (BEL, ST as ESC \ or 0x9C) or the end of the text.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    // Control sequences: parameters, intermediates, one final byte.
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?',
    // Other escapes: intermediates then one final byte (ESC c, ESC ( B…), or a lone ESC.
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?',
  ].join('|'),
  'g',
);

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Options of {@link forTerminal}. */
export interface TerminalTextOptions {
  /**
   * Keep line feeds and tabs, for a message made of several lines. Off by default: a title or a
   * name is one line, and a line feed in it could forge a line of the command's own output.
   */
  multiline?: boolean;
}

/**
 * Text as it may be printed to a terminal: escape sequences and control characters removed
 * (C0 but tab and line feed, DEL, C1, ESC sequences with their parameters, and the bidi controls
 * U+202A–U+202E and U+2066–U+2069). A carriage return goes too, so that it cannot overwrite
 * what precedes it. Unless `multiline`, a line feed or a tab becomes a space. Printable text,
 * accents and other scripts included, is kept as it is.
 *
 * @example forTerminal('Plan\u001b[2J national') === 'Plan national'
 */
export function forTerminal(text: string, options: TerminalTextOptions = {}): string {
  const cleaned = text.replace(SEQUENCES, '').replace(CONTROLS, '');
  return options.multiline ? cleaned : cleaned.replace(/[\t\n]/g, ' ');
}
