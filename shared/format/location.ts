import { t } from '../i18n/i18n.js';
import type { Lang } from '../model/localized.js';
import type { Template } from '../model/template.js';

type PathKey = PropertyKey;

/** The value at a path inside a parsed JSON document, or undefined. */
export function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * Turns a JSON path inside a report into words a coordinator understands:
 * `cards[4].fields.results.en…` becomes « engagement n°5, champ « Résultats et impacts », anglais ».
 * `raw` is the document as parsed (possibly invalid), used to find card numbers.
 */
export function describeLocation(lang: Lang, path: readonly PathKey[], raw: unknown, template?: Template): string {
  const parts: string[] = [];
  const [head, index, sub, fieldId] = path;
  if (head === 'cards' && typeof index === 'number') {
    const number = valueAt(raw, ['cards', index, 'number']);
    const name = template ? template.card.name[lang] : t(lang, 'location.card');
    parts.push(typeof number === 'string' ? `${name} ${number}` : t(lang, 'location.nth', { what: name, n: index + 1 }));
    if (sub === 'fields' && typeof fieldId === 'string') {
      const def = template?.card.fields.find((f) => f.id === fieldId);
      parts.push(t(lang, 'location.field', { field: def ? def.label[lang] : fieldId }));
    }
  } else if ((head === 'chapters' || head === 'ambitions' || head === 'institutions' || head === 'media') && typeof index === 'number') {
    const id = valueAt(raw, [head, index, 'id']);
    parts.push(t(lang, `location.${head}`, { id: typeof id === 'string' ? id : String(index + 1) }));
  }
  const langKey = path.find((k) => k === 'fr' || k === 'en');
  if (langKey === 'fr' || langKey === 'en') parts.push(t(lang, `lang.${langKey}`));
  parts.push(t(lang, 'location.path', { path: formatPath(path) }));
  return parts.join(', ');
}

/** A JSON path in the usual dotted notation: `cards[4].fields.results`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '/';
}
