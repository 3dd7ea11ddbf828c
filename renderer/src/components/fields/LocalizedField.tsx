import type { ReactNode } from 'react';
import type { RichText } from '../../../../shared/model/richtext.js';
import { LANGS, type Lang } from '../../../../shared/model/langs.js';
import type { Localized } from '../../../../shared/model/localized.js';
import { isOutOfDate } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { missingIn } from '../../store/issues.js';
import type { ValuePath } from '../../store/edits/paths.js';
import { anchorId } from '../../store/slices/editor-view.js';
import { ReviewFlag } from './ReviewFlag.js';
import { WordCount } from './WordCount.js';

/** What a localized field's input gets for one language. */
export interface LangInputProps<T> {
  lang: Lang;
  value: T | undefined;
  onChange(value: T): void;
  /** The field's label with the language, as the input's accessible name. */
  label: string;
  describedBy?: string | undefined;
}

interface Props<T> {
  path: ValuePath;
  kind: 'text' | 'richText';
  value: Localized<T> | undefined;
  label: string;
  describedBy?: string | undefined;
  input(props: LangInputProps<T>): ReactNode;
  /** The words of a value, for the comparison shown when the English text needs review. */
  toText(value: T): string;
}

/**
 * A value written in French and English: one column per language shown (side by side, or the
 * one chosen), each in its own `lang`, and on the English side the "needs review" flag when
 * the French text changed after the translation.
 */
export function LocalizedField<T extends string | object>({ path, kind, value, label, describedBy, input, toText }: Props<T>) {
  const t = useT();
  const mode = useBilan((s) => s.langMode);
  const editText = useBilan((s) => s.editText);
  const markReviewed = useBilan((s) => s.markReviewed);
  const langs = mode === 'both' ? LANGS : [mode];
  // A required value missing in a language shows the design system's error state, with why.
  const missing = useBilan((s) => (path.kind === 'card' && !path.rowId ? missingIn(s.report!, s.doc!.template, path.cardId, path.fieldId) : ''));
  return (
    <div className={mode === 'both' ? 'bilan-langs bilan-langs--both' : 'bilan-langs'}>
      {langs.map((lang) => {
        const outOfDate = lang === 'en' && isOutOfDate(value);
        const error = missing.includes(lang) ? `${anchorId(path, lang)}-error` : undefined;
        return (
          <div key={lang} id={anchorId(path, lang)} className={`bilan-lang bilan-lang--${lang}${outOfDate ? ' bilan-lang--review' : ''}${error ? ' fr-input-group fr-input-group--error' : ''}`}>
            {mode === 'both' && (
              <p className="bilan-lang__tag" aria-hidden="true">
                {t(`lang.${lang}`)}
              </p>
            )}
            {input({
              lang,
              value: value?.[lang]?.content,
              onChange: (content) => editText(path, lang, content as string | RichText, kind),
              label: t('field.inLang', { label, lang: t(`lang.name.${lang}`) }),
              describedBy: error ? [describedBy, error].filter(Boolean).join(' ') : describedBy,
            })}
            <WordCount path={path} value={value?.[lang]?.content as string | RichText | undefined} />
            {error && (
              <p id={error} className="fr-error-text">
                {t('field.missingIn', { lang: t(`lang.name.${lang}`) })}
              </p>
            )}
            {/* After the English text, level with the French one: what changed in French, then "Mark as reviewed". */}
            {outOfDate && value?.fr && (
              <ReviewFlag before={value.en?.source.fr === undefined ? undefined : toText(value.en.source.fr)} after={toText(value.fr.content)} onReviewed={() => markReviewed(path)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
