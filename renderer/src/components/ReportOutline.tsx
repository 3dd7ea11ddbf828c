import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReportSummary } from '../../../shared/ipc/dto.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { AmbitionTable } from './AmbitionTable.js';
import { CompletenessMeters } from './Completeness.js';
import { Localized } from './Localized.js';

/** A read-only outline of the opened report: its ambitions and, under each, its cards. */
export function ReportOutline({ report }: { report: ReportSummary }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const closeReport = useBilan((s) => s.closeReport);
  const group = report.labels.group[lang];
  return (
    <article aria-labelledby="report-title">
      <Button priority="tertiary no outline" size="small" iconId="fr-icon-arrow-left-line" onClick={closeReport} className="fr-mb-3w">
        {t('outline.back')}
      </Button>
      <header className="bilan-report-head">
        <p className="fr-badge fr-badge--sm fr-badge--blue-france fr-badge--no-icon fr-mb-1w">{report.period}</p>
        <h1 id="report-title" className="fr-h2 fr-mb-2w">
          <Localized value={report.title} />
        </h1>
        {report.headline && <p className="fr-text--lead bilan-headline">{report.headline[lang]}</p>}
        <dl className="bilan-facts">
          <div>
            <dt>{t('outline.template')}</dt>
            <dd>{report.template.name[lang]}</dd>
          </div>
          <div>
            <dt>{t('sample.cards')}</dt>
            <dd>{t('outline.cards', { count: report.cardCount })}</dd>
          </div>
          <div>
            <dt>{t('sample.completeness')}</dt>
            <dd>
              <CompletenessMeters value={report.completeness} />
            </dd>
          </div>
        </dl>
      </header>
      {report.ambitions.map((ambition, i) => (
        <section key={ambition.id} className="bilan-ambition" aria-labelledby={`ambition-${ambition.id}`} data-ambition={ambition.id}>
          <h2 id={`ambition-${ambition.id}`} className="fr-h4">
            <span className="bilan-ambition__number">{t('outline.ambition', { group, n: i + 1 })}</span>
            <Localized value={ambition.title} />
          </h2>
          <AmbitionTable caption={t('outline.caption', { group, n: i + 1, count: ambition.cards.length })} cards={ambition.cards} labels={report.labels} />
        </section>
      ))}
      {report.unassigned.length > 0 && (
        <section className="bilan-ambition" aria-labelledby="ambition-none">
          <h2 id="ambition-none" className="fr-h4">
            {t('outline.unassigned', { group: group.toLowerCase() })}
          </h2>
          <AmbitionTable caption={t('outline.unassigned', { group: group.toLowerCase() })} cards={report.unassigned} labels={report.labels} />
        </section>
      )}
    </article>
  );
}
