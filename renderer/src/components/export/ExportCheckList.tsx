import type { ExportCheck, MissingText } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** Entries grouped by card heading, in order ("" for the report's own texts). */
function byCard(texts: MissingText[], lang: 'fr' | 'en'): [string, MissingText[]][] {
  const groups = new Map<string, MissingText[]>();
  for (const text of texts) {
    const key = text.card?.[lang] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), text]);
  }
  return [...groups];
}

/** What each language lacks, each entry leading to its field, and the English out of date. */
export function ExportCheckList({ check }: { check: ExportCheck }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const goToMissing = useBilan((s) => s.goToMissing);
  return (
    <div className="bilan-export__check" data-testid="export-check">
      {check.missing.map(({ lang: target, texts }) => (
        <section key={target} aria-labelledby={`export-missing-${target}`} className="fr-mb-2w">
          <h2 id={`export-missing-${target}`} className="fr-h6 fr-mb-1w">
            {texts.length === 0 ? t('export.completeIn', { lang: t(`lang.${target}`) }) : t('export.missingIn', { lang: t(`lang.${target}`), count: texts.length })}
          </h2>
          {byCard(texts, lang).map(([heading, list]) => (
            <div key={heading || 'report'}>
              {heading && <p className="fr-text--sm fr-text--bold fr-mb-0">{heading}</p>}
              <ul className="bilan-validation__list">
                {list.map((text, i) => (
                  <li key={i}>
                    <button type="button" className="bilan-validation__entry" onClick={() => goToMissing(text.issue)}>
                      {text.message[lang]}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {check.outOfDate > 0 && <p className="fr-text--sm">{t('export.outOfDate', { count: check.outOfDate })}</p>}
    </div>
  );
}
