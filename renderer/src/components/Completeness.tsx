import { formatPercent } from '../../../shared/i18n/i18n.js';
import type { ByLang } from '../../../shared/ipc/result.js';
import { LANGS, type Lang } from '../../../shared/model/langs.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';

/** How much is written in each language, as labelled bars (on the start screen). */
export function CompletenessMeters({ value }: { value: ByLang<number> }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  return (
    <ul className="bilan-meters">
      {LANGS.map((code) => {
        const label = t('completeness.meter', { lang: t(`lang.name.${code}`), percent: formatPercent(lang, value[code]) });
        return (
          <li key={code} className="bilan-meter">
            <span className="bilan-meter__code" aria-hidden="true">
              {code.toUpperCase()}
            </span>
            <meter min={0} max={1} low={0.5} high={0.99} optimum={1} value={value[code]} aria-label={label} title={label} />
            <span className="bilan-meter__value" aria-hidden="true">
              {formatPercent(lang, value[code])}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** How much of one card is written in a language, as a small badge (in the outline). */
export function CompletenessBadge({ value, code }: { value: number; code: Lang }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const percent = formatPercent(lang, value);
  const severity = value >= 1 ? 'success' : value >= 0.5 ? 'info' : 'warning';
  return (
    <span className={`fr-badge fr-badge--sm fr-badge--no-icon fr-badge--${severity}`} title={t('completeness.meter', { lang: t(`lang.name.${code}`), percent })}>
      <span className="fr-sr-only">{t('completeness.meter', { lang: t(`lang.name.${code}`), percent })}</span>
      <span aria-hidden="true">{t('completeness.badge', { code: code.toUpperCase(), percent })}</span>
    </span>
  );
}
