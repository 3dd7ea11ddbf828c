import type { DashboardRow } from '../../../../shared/merge/dashboard.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { COLUMNS, type CellWords } from './columns.js';

/** Figures that call for attention are marked, so the eye finds what is late or missing. */
function attention(row: DashboardRow, column: string): boolean {
  if (column === 'fr' || column === 'en') return row.completeness[column] < 1;
  if (column === 'outOfDate' || column === 'errors' || column === 'conflicts') return row[column] > 0;
  return false;
}

/** The dashboard's table, each heading a button that sorts by its column. */
export function DashboardTable({ rows, kind, words }: { rows: DashboardRow[]; kind: DashboardRow['kind']; words: CellWords }) {
  const t = useT();
  const sort = useBilan((s) => s.dashboardSort);
  const sortDashboard = useBilan((s) => s.sortDashboard);
  // "Nothing matches the filter" only when a filter is set; otherwise there is nothing to list yet.
  const filtered = useBilan((s) => s.dashboardFilter.trim() !== '');
  const showView = useBilan((s) => s.showView);
  return (
    <div className="fr-table fr-table--bordered fr-table--no-scroll bilan-table bilan-dashboard__table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption className="fr-sr-only">{t('dashboard.title')}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c.id} scope="col" aria-sort={sort.column === c.id ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                      <button type="button" className="bilan-dashboard__sort" onClick={() => sortDashboard(c.id)}>
                        {t(c.header(kind))}
                        <span aria-hidden="true">{sort.column === c.id ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={COLUMNS.length}>{filtered ? t('dashboard.empty') : t('dashboard.noRows')}</td>
                  </tr>
                )}
                {rows.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    {COLUMNS.map((c) =>
                      c.id === 'label' ? (
                        <th key={c.id} scope="row" data-column={c.id}>
                          {row.kind === 'card' ? (
                            <button type="button" className="bilan-dashboard__link" onClick={() => showView({ kind: 'card', id: row.id })}>
                              {c.text(row, words)}
                            </button>
                          ) : (
                            c.text(row, words)
                          )}
                          {row.kind === 'card' && <span className="bilan-dashboard__leads" title={row.related.map(words.nameOf).join(', ')}>
                              {row.related.map(words.shortNameOf).join(', ')}
                            </span>}
                        </th>
                      ) : (
                        <td key={c.id} data-column={c.id} className={attention(row, c.id) ? 'bilan-dashboard__attention' : undefined}>
                          {c.text(row, words)}
                        </td>
                      ),
                    )}
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
