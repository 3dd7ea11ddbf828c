import { contentIn } from '../../../../shared/report/localized.js';
import { headline, progressSummary } from '../../../../shared/report/summary.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** The progress summary table and its headline, as the export will print them, live. */
export function SummaryPanel() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const summary = progressSummary(report, template);
  if (!summary || !template.summary) return <p>{t('summary.none')}</p>;
  const titleField = template.card.titleField;
  // No card yet: a table of nothing and a 0 % headline would say something false.
  if (report.cards.length === 0) {
    return (
      <section aria-labelledby="summary-heading" className="bilan-summary">
        <h1 id="summary-heading" className="fr-h3">
          {template.summary.title[lang]}
        </h1>
        <p>{t('summary.noCards', { card: template.card.name[lang].toLowerCase(), add: t('details.addCard'), details: t('details.title') })}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="summary-heading" className="bilan-summary">
      <h1 id="summary-heading" className="fr-h3">
        {template.summary.title[lang]}
      </h1>
      <p className="fr-text--lead bilan-headline" data-testid="headline">
        {headline(summary, template, lang)}
      </p>
      <div className="fr-table fr-table--bordered fr-table--no-scroll bilan-table">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption className="fr-sr-only">{template.summary.title[lang]}</caption>
                <thead>
                  <tr>
                    <th scope="col">{template.card.name[lang]}</th>
                    {summary.levels.map((level) => (
                      <th key={level.id} scope="col" className="bilan-summary__level">
                        {level.label[lang]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.rows.map((row) => {
                    const title = report.cards.find((c) => c.id === row.cardId)?.fields[titleField];
                    const text = title?.kind === 'text' ? contentIn(title, lang) || contentIn(title, 'fr') : '';
                    return (
                      <tr key={row.cardId} data-card={row.cardId}>
                        <th scope="row">
                          <span className="bilan-summary__number">{row.number}</span> {text}
                        </th>
                        {summary.levels.map((level) => (
                          <td key={level.id} className="bilan-summary__mark" data-level={level.id}>
                            {row.level === level.id ? (
                              <>
                                <span aria-hidden="true">●</span>
                                <span className="fr-sr-only">{t('summary.mark')}</span>
                              </>
                            ) : null}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
