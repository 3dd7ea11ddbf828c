import type { Block, Inline, List, RichText } from '../../../../shared/model/richtext.js';
import { chartCells } from '../../../../shared/report/chart.js';

/** A word of rich text with its formatting; a footnote is one token holding its whole text. */
export interface Token {
  text: string;
  bold?: true;
  italic?: true;
  /** The address of the link around the word. */
  link?: string;
  /** The word is a footnote's text. */
  note?: true;
}

/** What a reader sees as one piece of a rich text: a paragraph, a sub-heading, a list item, a table, an image. */
export type Unit =
  | { kind: 'paragraph'; tokens: Token[] }
  | { kind: 'heading'; level: 1 | 2 | 3; tokens: Token[] }
  /** `depth` counts from 1 for an item of a top-level list; `marker` is its bullet or number. */
  | { kind: 'item'; ordered: boolean; depth: number; marker: string; tokens: Token[] }
  | { kind: 'table'; headerRow: boolean; rows: Token[][][] }
  | { kind: 'image'; alt: string; media: string };

/** A run of tokens the same in both versions, only in the earlier one, or only in the later one. */
export interface TokenPart {
  kind: 'same' | 'removed' | 'added';
  tokens: Token[];
}

/**
 * One unit as shown against the earlier version: unchanged, added, removed (shown struck
 * through where it stood), or changed, with its words compared (`parts`, or `cells` for a table).
 */
export interface ShownUnit {
  state: 'same' | 'added' | 'removed' | 'changed';
  unit: Unit;
  parts: TokenPart[];
  cells: TokenPart[][][] | null;
}

/** Beyond this many pairs, two sequences are shown as wholly replaced rather than compared. */
const MAX_CELLS = 400_000;
const BULLETS = ['•', '◦', '▪'];

function tokensOf(inlines: readonly Inline[], marks: Omit<Token, 'text'> = {}): Token[] {
  const out: Token[] = [];
  for (const inline of inlines) {
    if (inline.type === 'break') out.push({ ...marks, text: '\n' });
    else if (inline.type === 'link') out.push(...tokensOf(inline.children, { ...marks, link: inline.url }));
    else if (inline.type === 'footnote') {
      const text = tokensOf(inline.children).map((t) => t.text).join('');
      out.push({ ...marks, text, note: true });
    } else {
      const format = { ...marks, ...(inline.bold ? { bold: true as const } : {}), ...(inline.italic ? { italic: true as const } : {}) };
      for (const word of inline.text.match(/\S+\s*|\s+/g) ?? []) out.push({ ...format, text: word });
    }
  }
  return out;
}

function listUnits(list: List, depth: number, out: Unit[]): void {
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${i + 1}.` : BULLETS[(depth - 1) % BULLETS.length]!;
    out.push({ kind: 'item', ordered: list.ordered, depth, marker, tokens: tokensOf(item.children) });
    if (item.sublist) listUnits(item.sublist, depth + 1, out);
  });
}

/** The units of a rich text in reading order, nested list items flattened with their depth. */
export function unitsOf(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push({ kind: 'paragraph', tokens: tokensOf(b.children) });
    else if (b.type === 'heading') out.push({ kind: 'heading', level: b.level, tokens: tokensOf(b.children) });
    else if (b.type === 'list') listUnits(b, 1, out);
    else if (b.type === 'table') out.push({ kind: 'table', headerRow: b.headerRow, rows: b.rows.map((row) => row.map((cell) => tokensOf(cell.children))) });
    else if (b.type === 'chart') {
      // A chart compares as its title and its table, cell by cell.
      if (b.title.trim()) out.push({ kind: 'paragraph', tokens: tokensOf([{ type: 'text', text: b.title, bold: true }]) });
      out.push({ kind: 'table', headerRow: true, rows: chartCells(b).map((row) => row.map((text) => tokensOf([{ type: 'text', text }]))) });
    } else out.push({ kind: 'image', alt: b.alt, media: b.media });
  }
  return out;
}

/** Trailing spaces do not make two words differ; formatting and links do. */
const tokenKey = (t: Token) => JSON.stringify([t.text.trim() || t.text, t.bold, t.italic, t.link, t.note]);
/** A unit's content, without its list number (which moves when an item is added above it). */
const unitKey = (u: Unit) => JSON.stringify(u.kind === 'item' ? { ...u, marker: undefined, tokens: u.tokens.map(tokenKey) } : u.kind === 'table' ? { ...u, rows: u.rows.map((r) => r.map((c) => c.map(tokenKey))) } : 'tokens' in u ? { ...u, tokens: u.tokens.map(tokenKey) } : u);

type Step<T> = { kind: 'same' | 'removed' | 'added'; item: T };

/** A longest-common-subsequence comparison of two sequences, in order; removals before additions. */
function compare<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): Step<T>[] {
  if (a.length * b.length > MAX_CELLS) return [...a.map((item) => ({ kind: 'removed' as const, item })), ...b.map((item) => ({ kind: 'added' as const, item }))];
  const ka = a.map(key);
  const kb = b.map(key);
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      steps.push({ kind: 'same', item: b[j++]! });
      i++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) steps.push({ kind: 'removed', item: a[i++]! });
    else steps.push({ kind: 'added', item: b[j++]! });
  }
  while (i < a.length) steps.push({ kind: 'removed', item: a[i++]! });
  while (j < b.length) steps.push({ kind: 'added', item: b[j++]! });
  return steps;
}

/** The words of two texts compared, as runs. */
export function tokenDiff(before: readonly Token[], after: readonly Token[]): TokenPart[] {
  const parts: TokenPart[] = [];
  for (const step of compare(before, after, tokenKey)) {
    const last = parts.at(-1);
    if (last?.kind === step.kind) last.tokens.push(step.item);
    else parts.push({ kind: step.kind, tokens: [step.item] });
  }
  return parts;
}

const whole = (kind: TokenPart['kind'], tokens: Token[]): TokenPart[] => (tokens.length ? [{ kind, tokens }] : []);

function shown(state: ShownUnit['state'], unit: Unit, before?: Unit): ShownUnit {
  const kind = state === 'changed' ? 'same' : state;
  if (unit.kind === 'table') {
    const old = before?.kind === 'table' ? before.rows : null;
    const cells = unit.rows.map((row, r) => row.map((cell, c) => (old ? tokenDiff(old[r]?.[c] ?? [], cell) : whole(kind, cell))));
    return { state, unit, parts: [], cells };
  }
  if (unit.kind === 'image') return { state, unit, parts: [], cells: null };
  const parts = before && 'tokens' in before ? tokenDiff(before.tokens, unit.tokens) : whole(kind, unit.tokens);
  return { state, unit, parts, cells: null };
}

/** Units a changed one can be compared with: the same kind (an image is only added or removed). */
const comparable = (a: Unit, b: Unit) => a.kind === b.kind && a.kind !== 'image';

/**
 * A rich text shown against an earlier version of it, piece by piece: paragraphs, sub-headings,
 * list items and tables that stayed, went or came, and for one that changed, its words compared
 * (formatting and links included). With no earlier version, every piece is new.
 */
export function richDiff(before: RichText | null, after: RichText): ShownUnit[] {
  if (before === null) return unitsOf(after).map((u) => shown('added', u));
  const steps = compare(unitsOf(before), unitsOf(after), unitKey);
  const out: ShownUnit[] = [];
  let at = 0;
  while (at < steps.length) {
    if (steps[at]!.kind === 'same') {
      out.push(shown('same', steps[at++]!.item));
      continue;
    }
    // A stretch of changes: each new piece is compared with the first gone piece of its kind.
    const removed: Unit[] = [];
    const added: Unit[] = [];
    for (; at < steps.length && steps[at]!.kind !== 'same'; at++) (steps[at]!.kind === 'removed' ? removed : added).push(steps[at]!.item);
    const used = new Set<number>();
    let shownUpTo = 0;
    for (const unit of added) {
      const match = removed.findIndex((r, i) => !used.has(i) && comparable(r, unit));
      if (match < 0) {
        out.push(shown('added', unit));
        continue;
      }
      // Pieces gone before the one it replaces are shown where they stood.
      for (; shownUpTo < match; shownUpTo++) if (!used.has(shownUpTo)) out.push(shown('removed', removed[shownUpTo]!));
      used.add(match);
      shownUpTo = Math.max(shownUpTo, match + 1);
      out.push(shown('changed', unit, removed[match]));
    }
    for (let i = shownUpTo; i < removed.length; i++) if (!used.has(i)) out.push(shown('removed', removed[i]!));
  }
  return out;
}

/** A rich text as it is, every piece unchanged. */
export function richAsIs(value: RichText): ShownUnit[] {
  return unitsOf(value).map((u) => shown('same', u));
}
