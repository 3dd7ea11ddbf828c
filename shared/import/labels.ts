import type { FieldDef, Template } from '../model/template.js';

/**
 * How the import recognises the parts of a report in a Word document's words: card headings
 * ("Engagement n°4 – …", "Commitment 4: …", "ACTION N°1-5"), ambition headings ("Ambition 2 –
 * …") and field labels (a field's French or English label, or a synonym its template lists).
 */

/** Text compared loosely: lower case, no accents, apostrophes and dashes alike, no trailing colon or (s). */
export function loose(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\(s\)/g, 's')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[\s:.–—-]+$/u, '')
    .replace(/^[\s•*–—-]+/u, '')
    .trim();
}

/** The words that name a card in any report: the template's own name first. */
function cardWords(template: Template): string[] {
  return [template.card.name.fr, template.card.name.en, 'engagement', 'commitment', 'action', 'mesure'];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUMBER_MARK = String.raw`(?:n\s*[°ºo]\.?|no\.?|nr\.?|#)?`;
const SEPARATOR = String.raw`\s*(?:[–—:.\-]\s*|\s)`;

/** A recogniser of card headings for a template: its number and the title that follows, if any. */
export function cardHeadingMatcher(template: Template): (text: string) => { number: string; title: string } | undefined {
  const words = [...new Set(cardWords(template).map((w) => loose(w)))].map(escape).join('|');
  const re = new RegExp(String.raw`^(?:${words})\s*${NUMBER_MARK}\s*(\d{1,3}(?:\s*[-.–]\s*\d{1,2})?)(?:${SEPARATOR}(.*))?$`, 'isu');
  const pattern = new RegExp(template.card.numberPattern);
  return (text) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat.length > 2000) return undefined;
    const m = re.exec(loose(flat));
    if (!m) return undefined;
    const number = m[1]!.replace(/\s+/g, '').replace(/[.–]/g, '-');
    if (!pattern.test(number)) return undefined;
    // The title as written (with its case and accents): what follows the number and its separator.
    const title = m[2] === undefined ? '' : titleAfterNumber(flat, m[1]!);
    return { number, title };
  };
}

/** The text after the first occurrence of the number and its separator, as the document spells it. */
function titleAfterNumber(text: string, number: string): string {
  const digits = number.replace(/\s+/g, '');
  const first = digits[0]!;
  let at = text.indexOf(first);
  while (at >= 0) {
    const rest = text.slice(at).replace(/\s+/g, '');
    if (rest.startsWith(digits)) break;
    at = text.indexOf(first, at + 1);
  }
  if (at < 0) return '';
  // Skip the number as written (with any spaces in it), then the separator.
  let i = at;
  for (let k = 0; k < digits.length && i < text.length; i++) if (!/\s/.test(text[i]!)) k++;
  return text.slice(i).replace(/^\s*[–—:.\-]?\s*/u, '').trim();
}

/** A recogniser of group headings ("Ambition 2 – …", "Axe 1 : …"): number and title. */
export function ambitionHeadingMatcher(template: Template): (text: string) => { number: string; title: string } | undefined {
  const words = [...new Set([template.group.name.fr, template.group.name.en, 'ambition', 'axe', 'theme', 'pillar'].map((w) => escape(loose(w))))].join('|');
  const re = new RegExp(String.raw`^(?:${words})\s*${NUMBER_MARK}\s*(\d{1,2})(?:${SEPARATOR}(.*))?$`, 'isu');
  return (text) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat.length > 2000) return undefined;
    const m = re.exec(loose(flat));
    if (!m) return undefined;
    return { number: m[1]!, title: m[2] === undefined ? '' : titleAfterNumber(flat, m[1]!) };
  };
}

/** A field found by its label: the field, and for a `rows` field's table, nothing more. */
export interface LabelMatch {
  field: FieldDef;
}

/** A recogniser of field labels: the field whose label or synonym the text is, loosely. */
export function fieldLabelMatcher(template: Template): (text: string) => FieldDef | undefined {
  const byLabel = new Map<string, FieldDef>();
  for (const f of template.card.fields) {
    for (const label of [f.label.fr, f.label.en, ...(f.synonyms ?? [])]) {
      const key = loose(label);
      if (key && !byLabel.has(key)) byLabel.set(key, f);
    }
  }
  return (text) => {
    if (text.length > 300) return undefined;
    return byLabel.get(loose(text));
  };
}

/** "Label : value" in one paragraph: the label's field and where the value starts, if the label is one. */
export function labelledLine(text: string, match: (label: string) => FieldDef | undefined): { field: FieldDef; rest: number } | undefined {
  const colon = text.search(/\s*:/);
  if (colon <= 0 || colon > 120) return undefined;
  const field = match(text.slice(0, colon));
  if (!field) return undefined;
  const after = text.indexOf(':', colon) + 1;
  return { field, rest: after };
}

/** An id made of a text's letters, for a new institution or chapter ("Ministère de la Culture" → "ministere-de-la-culture"). */
export function slug(text: string, fallback: string): string {
  const s = loose(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

/** Ids handed out once each: the prefix itself, then prefix-2, prefix-3… (each call costs what its prefix's count does). */
export class IdPool {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  take(prefix: string): string {
    if (!this.used.has(prefix)) {
      this.used.add(prefix);
      return prefix;
    }
    let n = this.next.get(prefix) ?? 2;
    while (this.used.has(`${prefix}-${n}`)) n++;
    this.next.set(prefix, n + 1);
    const id = `${prefix}-${n}`;
    this.used.add(id);
    return id;
  }
}
