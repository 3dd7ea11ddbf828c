import { useMemo } from 'react';
import './word-count.css';
import type { RichText } from '../../../../shared/model/richtext.js';
import { wordsOf } from '../../../../shared/text/words.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { ValuePath } from '../../store/edits/paths.js';

/** Whether a value gets a word count: a card's own text fields (not a table's cells) and a chapter's body. */
export function countsWords(path: ValuePath): boolean {
  return (path.kind === 'card' && !path.rowId) || (path.kind === 'chapter' && path.part === 'body');
}

/**
 * The words of one language of a text, under it: "312 mots", or against the most the template
 * suggests for the field, "312 / 300 mots", marked as a warning past it. Counted as validation
 * counts them (shared/text/words.ts).
 */
export function WordCount({ path, value }: { path: ValuePath; value: string | RichText | undefined }) {
  const t = useT();
  const max = useBilan((s) => {
    if (path.kind !== 'card') return undefined;
    const def = s.doc?.template.card.fields.find((f) => f.id === path.fieldId);
    return def && def.kind !== 'rows' ? def.maxWords : undefined;
  });
  const words = useMemo(() => wordsOf(value), [value]);
  if (!countsWords(path)) return null;
  const over = max !== undefined && words > max;
  return (
    <p className={`bilan-words${over ? ' bilan-words--over' : ''}`}>
      {max === undefined ? t('words.count', { n: words }) : t('words.countOf', { n: words, max })}
      {over && <span className="fr-sr-only"> – {t('words.over', { n: words, max, over: words - max })}</span>}
    </p>
  );
}
