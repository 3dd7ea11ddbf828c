import type { CardOutline, ReportSummary } from '../../../shared/ipc/dto.js';
import { LANGS } from '../../../shared/model/localized.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { CompletenessBadge } from './Completeness.js';
import { Localized } from './Localized.js';

/** The badge colour of a progress level, from its place on the template's scale. */
function progressClass(progress: CardOutline['progress']): string {
  if (!progress) return 'fr-badge--no-icon';
  const ratio = progress.steps > 1 ? progress.rank / (progress.steps - 1) : 1;
  const tone = ratio >= 1 ? 'success' : ratio >= 0.6 ? 'info' : ratio > 0 ? 'warning' : 'error';
  return `fr-badge--${tone} fr-badge--no-icon`;
}

/** The cards of one ambition as a table: number, title, lead institutions, progress, completeness. */
export function AmbitionTable({ caption, cards, labels }: { caption: string; cards: CardOutline[]; labels: ReportSummary['labels'] }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  return (
    <div className="fr-table fr-table--bordered fr-table--no-scroll bilan-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption className="fr-sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="bilan-col-number">
                    {t('outline.number')}
                  </th>
                  <th scope="col">{labels.card[lang]}</th>
                  <th scope="col" className="bilan-col-lead">
                    {labels.lead[lang]}
                  </th>
                  {labels.progress && (
                    <th scope="col" className="bilan-col-progress">
                      {labels.progress[lang]}
                    </th>
                  )}
                  <th scope="col" className="bilan-col-completeness">
                    {t('outline.completeness')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cards.map((card) => (
                  <tr key={card.id} data-card={card.id}>
                    <td className="bilan-col-number">{card.number}</td>
                    <th scope="row" className="bilan-card-title">
                      <Localized value={card.title} />
                    </th>
                    <td className="bilan-col-lead">
                      {card.leads.length === 0 ? (
                        <span className="bilan-muted">{t('outline.noLead')}</span>
                      ) : (
                        <ul className="bilan-leads">
                          {card.leads.map((lead, i) => (
                            <li key={i}>
                              <Localized value={lead} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {labels.progress && (
                      <td className="bilan-col-progress">
                        <span className={`fr-badge fr-badge--sm ${progressClass(card.progress)}`}>{card.progress ? card.progress.label[lang] : t('outline.noProgress')}</span>
                      </td>
                    )}
                    <td className="bilan-col-completeness">
                      <span className="bilan-badges">
                        {LANGS.map((code) => (
                          <CompletenessBadge key={code} code={code} value={card.completeness[code]} />
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
