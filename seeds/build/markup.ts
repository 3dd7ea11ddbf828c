import type { Block, Inline, Link, List, ListItem, TableCell, TextRun } from '../../shared/model/richtext.js';

/**
 * A tiny markup for the seed texts, turned into rich-text blocks. Blocks are separated by blank
 * lines; common leading indentation is removed first, so texts can be indented in the source.
 *
 *   # Heading            sub-heading inside a field; the number of # is its level (1–3)
 *   - item / 1. item     bulleted / numbered list; two more spaces of indentation nest a sublist;
 *                        a line that starts no item (odd indentation, no marker) continues one
 *   | a | b |            table, first row is the header; an optional |---|-----| row gives
 *                        relative column widths (the number of dashes)
 *   ![alt](media-id)     image alone on its block; `{0.5}` after it sets its width share
 *   other lines          a paragraph; a line ending in " \" forces a line break
 *
 * Inside text: **bold**, *italic*, [label](https://…), ^[footnote text], and \ to escape a mark.
 * Anything malformed throws: a seed must never be silently wrong.
 */
export function markup(source: string): Block[] {
  return splitBlocks(dedent(source)).map(parseBlock);
}

function dedent(source: string): string[] {
  const lines = source.replace(/\t/g, '  ').split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common).trimEnd());
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const LIST_ITEM = /^( *)(-|\d+\.) (.*)$/;

function parseBlock(lines: string[]): Block {
  const first = lines[0]!;
  const heading = /^(#{1,3}) (.+)$/.exec(first);
  if (heading) {
    if (lines.length > 1) throw new Error(`markup: a heading stands alone on its block: "${first}"`);
    return { type: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: inlines(heading[2]!) };
  }
  const image = /^!\[([^\]]*)\]\(([A-Za-z0-9_-]+)\)(?:\{([\d.]+)\})?$/.exec(first);
  if (image) {
    if (lines.length > 1) throw new Error(`markup: an image stands alone on its block: "${first}"`);
    const width = image[3] === undefined ? undefined : Number(image[3]);
    return { type: 'image', media: image[2]!, alt: image[1]!, ...(width === undefined ? {} : { width }) };
  }
  if (first.startsWith('|')) return parseTable(lines);
  if (LIST_ITEM.test(first) && !first.startsWith(' ')) return parseList(lines);
  // Lines are joined before parsing, so that emphasis may run across them; BREAK marks forced breaks.
  const joined = lines.map((line, i) => (line.endsWith(' \\') ? line.slice(0, -2) + BREAK : i < lines.length - 1 ? `${line} ` : line)).join('');
  return { type: 'paragraph', children: withBreaks(inlines(joined)) };
}

const BREAK = '\u0000';

/** Turns the BREAK characters left in text runs into line-break inlines. */
function withBreaks(items: Inline[]): Inline[] {
  return items.flatMap((item): Inline[] => {
    if (item.type !== 'text' || !item.text.includes(BREAK)) return [item];
    return item.text.split(BREAK).flatMap((part, i): Inline[] => [...(i > 0 ? [{ type: 'break' as const }] : []), ...(part ? [{ ...item, text: part }] : [])]);
  });
}

function parseList(lines: string[]): List {
  const items: { depth: number; ordered: boolean; text: string }[] = [];
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    const last = items[items.length - 1];
    if (!m || m[1]!.length % 2 !== 0) {
      // A line that starts no item continues the previous one.
      if (!last) throw new Error(`markup: not a list item: "${line}"`);
      last.text += ` ${line.trim()}`;
      continue;
    }
    items.push({ depth: m[1]!.length / 2, ordered: m[2] !== '-', text: m[3]! });
  }
  let index = 0;
  const build = (depth: number): List => {
    const head = items[index]!;
    const list: List = { type: 'list', ordered: head.ordered, items: [] };
    while (index < items.length && items[index]!.depth >= depth) {
      const item = items[index]!;
      if (item.depth > depth) throw new Error(`markup: list item nested too deep: "${item.text}"`);
      if (item.ordered !== list.ordered) throw new Error(`markup: bullets and numbers mixed in one list: "${item.text}"`);
      index += 1;
      const entry: ListItem = { children: inlines(item.text) };
      if (index < items.length && items[index]!.depth > depth) entry.sublist = build(depth + 1);
      list.items.push(entry);
    }
    return list;
  };
  const list = build(0);
  if (index !== items.length) throw new Error('markup: list does not start at the left margin');
  return list;
}

function parseTable(lines: string[]): Block {
  let widths: number[] | undefined;
  const rows: TableCell[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|') || !line.endsWith('|')) throw new Error(`markup: table rows start and end with "|": "${line}"`);
    const cells = line.slice(1, -1).split('|').map((c) => c.trim());
    if (cells.every((c) => /^-+$/.test(c))) {
      widths = cells.map((c) => c.length);
      continue;
    }
    rows.push(cells.map((c) => ({ children: inlines(c) })));
  }
  return { type: 'table', headerRow: true, ...(widths ? { widths } : {}), rows };
}

type Marks = { bold?: boolean; italic?: boolean };

/** Parses a line of text with its inline marks. */
export function inlines(text: string): Inline[] {
  return mergeRuns(parseInlines(text, {}, true));
}

function run(text: string, marks: Marks): TextRun {
  return { type: 'text', text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) };
}

/** The index of the `]` closing the `[` at `open`, counting nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  throw new Error(`markup: unclosed "[" in "${text}"`);
}

function closingStar(text: string, from: number, double: boolean): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (double && text.startsWith('**', i)) return i;
    else if (!double && text[i] === '*' && text[i + 1] !== '*' && text[i - 1] !== '*') return i;
  }
  throw new Error(`markup: unclosed "${double ? '**' : '*'}" in "${text}"`);
}

function parseInlines(text: string, marks: Marks, footnotes: boolean): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(run(plain, marks));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      plain += text[i + 1];
      i += 2;
    } else if (text.startsWith('^[', i)) {
      if (!footnotes) throw new Error(`markup: a footnote cannot hold another: "${text}"`);
      const end = closingBracket(text, i + 1);
      flush();
      const children = mergeRuns(parseInlines(text.slice(i + 2, end), {}, false));
      out.push({ type: 'footnote', children: children.filter((x): x is Exclude<Inline, { type: 'footnote' }> => x.type !== 'footnote') });
      i = end + 1;
    } else if (c === '[') {
      const end = closingBracket(text, i);
      const url = /^\(([^)\s]+)\)/.exec(text.slice(end + 1));
      if (!url) throw new Error(`markup: "[…]" must be followed by "(url)": "${text}"`);
      flush();
      const children = mergeRuns(parseInlines(text.slice(i + 1, end), marks, false));
      const runs = children.filter((x): x is Link['children'][number] => x.type === 'text' || x.type === 'break');
      if (runs.length !== children.length) throw new Error(`markup: a link holds only text: "${text}"`);
      out.push({ type: 'link', url: url[1]!, children: runs });
      i = end + 1 + url[0].length;
    } else if (text.startsWith('**', i)) {
      const end = closingStar(text, i + 2, true);
      flush();
      out.push(...parseInlines(text.slice(i + 2, end), { ...marks, bold: true }, footnotes));
      i = end + 2;
    } else if (c === '*') {
      const end = closingStar(text, i + 1, false);
      flush();
      out.push(...parseInlines(text.slice(i + 1, end), { ...marks, italic: true }, footnotes));
      i = end + 1;
    } else {
      plain += c;
      i += 1;
    }
  }
  flush();
  return out;
}

/** Joins neighbouring text runs that carry the same marks. */
function mergeRuns<T extends Inline>(items: T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && item.type === 'text' && !!last.bold === !!item.bold && !!last.italic === !!item.italic) {
      out[out.length - 1] = { ...last, text: last.text + item.text };
    } else out.push(item);
  }
  return out;
}
