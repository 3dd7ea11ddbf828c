import { LIMITS } from '../model/limits.js';
import type { Quarter, ScalarValue } from '../model/report.js';
import type { Block } from '../model/richtext.js';
import type { ScalarFieldDef, Template } from '../model/template.js';
import { loose } from './labels.js';
import { sourceText } from './rich.js';
import type { SourceBlock } from './source.js';

/**
 * The typed values a field's content gives: a scale's option named in it, a quarter ("T4 2021"),
 * a number, a plain value, lines of institutions, rows. What cannot be read as its field's kind
 * is left for the caller to put to sort, whole.
 */

/** The option of a scale the text names (the longest label found, in either language). */
export function readChoice(text: string, def: ScalarFieldDef, template: Template): { option: string; exact: boolean } | undefined {
  const scale = def.scale ? template.scales[def.scale] : undefined;
  if (!scale) return undefined;
  const ticked = readTicked(text, def, template);
  if (ticked) return ticked;
  const l = loose(text);
  if (!l) return undefined;
  let best: { option: string; length: number; exact: boolean } | undefined;
  for (const o of scale.options) {
    for (const label of [o.label.fr, o.label.en]) {
      const key = loose(label);
      if (!key) continue;
      const at = l.indexOf(key);
      if (at < 0) continue;
      // A whole word: "Limité" is not found in "Illimité".
      const before = l[at - 1];
      const after = l[at + key.length];
      if ((before && /[a-z0-9]/.test(before)) || (after && /[a-z0-9]/.test(after))) continue;
      if (!best || key.length > best.length) best = { option: o.id, length: key.length, exact: key === l };
    }
  }
  return best && { option: best.option, exact: best.exact };
}

const UNTICKED = '☐□○◯';
const TICKED = '☒☑■✓✔✗✘●◉⊠';

/**
 * A scale printed as boxes, one ticked ("☐ Pas commencé ☐ Limité ☒ Substantiel ☐ Achevé"): the
 * option after the ticked box. Exact when every box names an option (words in brackets after
 * an option, such as "(niveau atteint)", are the template's own wording).
 */
function readTicked(text: string, def: ScalarFieldDef, template: Template): { option: string; exact: boolean } | undefined {
  if (![...text].some((ch) => UNTICKED.includes(ch) || TICKED.includes(ch))) return undefined;
  const parts = text.split(new RegExp(`([${UNTICKED}${TICKED}])`, 'u')).slice(1);
  let chosen: string | undefined;
  let exact = true;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const words = parts[i + 1]!.replace(/\([^()]*\)/g, '').trim();
    const found = readChoice(words, { ...def }, { ...template, scales: { [def.scale!]: template.scales[def.scale!]! } });
    if (!found?.exact) exact = false;
    if (TICKED.includes(parts[i]!)) {
      if (chosen !== undefined || !found) return undefined;
      chosen = found.option;
    }
  }
  return chosen === undefined ? undefined : { option: chosen, exact };
}

/** "T4 2021", "Q4 2021", "4e trimestre 2021", "2021 Q4". */
export function readQuarter(text: string): Quarter | undefined {
  const t = loose(text);
  const m = /\b(?:[tq]\s*([1-4])|([1-4])\s*(?:e|er|eme|st|nd|rd|th)?\s*(?:trimestre|quarter))\s*(?:de\s+|of\s+)?((?:19|20|21)\d\d)\b/.exec(t) ?? /\b((?:19|20|21)\d\d)\s*[-\s]?\s*[tq]([1-4])\b/.exec(t);
  if (!m) return undefined;
  if (m.length === 3) return { year: Number(m[1]), quarter: Number(m[2]) };
  return { year: Number(m[3]), quarter: Number(m[1] ?? m[2]) };
}

/** A number as French or English write it: "15 000", "15,000", "3,5", "12.5 %". */
export function readNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (!/^-?[0-9][0-9.,]*$/.test(t)) return undefined;
  let n: string;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) n = t.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) n = t.replace(/\./g, '').replace(',', '.');
  else n = t.replace(',', '.');
  const value = Number(n);
  return Number.isFinite(value) ? value : undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The lines of a field's content: paragraphs, list items, cells; trimmed, empty ones left out. */
export function linesOf(blocks: readonly SourceBlock[]): string[] {
  return sourceText(blocks)
    .split(/[\n\t]/)
    .map((l) => l.replace(/^\s*(?:[•*▪◦–—-]|\d+[.)])\s+/u, '').trim())
    .filter((l) => l !== '');
}

/** A scalar value of a column or field from one text, or undefined when the text is not of its kind. */
export function scalarFrom(text: string, def: ScalarFieldDef, template: Template, institution: (name: string) => string): { value: ScalarValue; rest: string } | undefined {
  const trimmed = text.trim();
  switch (def.kind) {
    case 'text':
      return { value: { kind: 'text', fr: { rev: 1, content: trimmed.slice(0, LIMITS.textLength) } }, rest: '' };
    case 'plain': {
      if (def.format === 'email') {
        const m = EMAIL.exec(trimmed);
        if (!m) return undefined;
        return { value: { kind: 'plain', value: m[0] }, rest: (trimmed.slice(0, m.index) + trimmed.slice(m.index + m[0].length)).trim() };
      }
      if (def.format === 'url') {
        const m = /https?:\/\/\S+/.exec(trimmed);
        if (!m || m[0].length > LIMITS.plainLength) return undefined;
        return { value: { kind: 'plain', value: m[0] }, rest: (trimmed.slice(0, m.index) + trimmed.slice(m.index + m[0].length)).trim() };
      }
      if (trimmed.length > LIMITS.plainLength) return undefined;
      return { value: { kind: 'plain', value: trimmed }, rest: '' };
    }
    case 'choice': {
      const c = readChoice(trimmed, def, template);
      if (!c) return undefined;
      return { value: { kind: 'choice', value: c.option }, rest: c.exact ? '' : trimmed };
    }
    case 'quarter': {
      const q = readQuarter(trimmed);
      return q ? { value: { kind: 'quarter', value: q }, rest: '' } : undefined;
    }
    case 'number': {
      const n = readNumber(trimmed);
      return n === undefined ? undefined : { value: { kind: 'number', value: n }, rest: '' };
    }
    case 'institutions': {
      const names = trimmed
        .split(/\s*[;\n]\s*/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!names.length) return undefined;
      const ids = [...new Set(names.map(institution))];
      return { value: { kind: 'institutions', ids: def.multiple === false ? ids.slice(0, 1) : ids }, rest: def.multiple === false && ids.length > 1 ? names.slice(1).join('\n') : '' };
    }
  }
}

/** The words of blocks that could not be read, as rich text for the to-sort list. */
export function restBlocks(rest: string): Block[] {
  return rest
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ type: 'paragraph', children: [{ type: 'text', text: l.trim().slice(0, LIMITS.textLength) }] }));
}
