import { Button } from '@codegouvfr/react-dsfr/Button';
import type { SampleEntry } from '../../../shared/ipc/dto.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { CompletenessMeters } from './Completeness.js';
import { Localized } from './Localized.js';

/**
 * The template's name for a card after a count: "21 engagements", "1 commitment". Templates
 * give the singular only; French and English make these nouns plural with an s.
 */
function countedName(count: number, name: string): string {
  const lower = name.toLowerCase();
  return count > 1 && !/[sxz]$/.test(lower) ? `${lower}s` : lower;
}

/** One sample report on the start screen: what it is, how complete, and a button to open it. */
export function SampleCard({ sample }: { sample: SampleEntry }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const opening = useBilan((s) => s.opening);
  const loadReport = useBilan((s) => s.loadReport);
  if (!sample.ok) {
    return (
      <article className="bilan-sample bilan-sample--broken" aria-label={sample.fileName}>
        <h3 className="fr-h6 fr-mb-1w">{sample.fileName}</h3>
        <p className="fr-error-text fr-mt-0">{t('sample.broken')}</p>
        <p className="fr-text--sm fr-mb-0">{sample.error.message[lang]}</p>
      </article>
    );
  }
  const title = sample.title[lang] || sample.title.fr || sample.fileName;
  const busy = opening === sample.path;
  return (
    <article className="bilan-sample" aria-labelledby={`sample-${sample.fileName}`}>
      <div className="bilan-sample__main">
        <p className="fr-badge fr-badge--sm fr-badge--blue-france fr-badge--no-icon fr-mb-1w">{sample.period}</p>
        <h3 className="fr-h5 fr-mb-1w" id={`sample-${sample.fileName}`}>
          <Localized value={sample.title} />
        </h3>
        {sample.headline && <p className="bilan-sample__headline fr-mb-2w">{sample.headline[lang]}</p>}
        <dl className="bilan-facts">
          <div>
            <dt>{t('sample.template')}</dt>
            <dd>{sample.template.name[lang]}</dd>
          </div>
          <div>
            <dt>{t('sample.cards')}</dt>
            <dd>
              {sample.cards} {countedName(sample.cards, sample.cardName[lang])}
            </dd>
          </div>
          <div>
            <dt>{t('sample.completeness')}</dt>
            <dd>
              <CompletenessMeters value={sample.completeness} />
            </dd>
          </div>
        </dl>
      </div>
      <div className="bilan-sample__actions">
        <Button iconId="fr-icon-arrow-right-line" iconPosition="right" disabled={busy} onClick={() => void loadReport(sample.path)} title={t('sample.openLabel', { title })}>
          {busy ? t('sample.opening') : t('sample.open')}
        </Button>
      </div>
    </article>
  );
}
