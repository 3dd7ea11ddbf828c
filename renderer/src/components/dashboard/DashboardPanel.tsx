import { Button } from '@codegouvfr/react-dsfr/Button';
import { commitmentRows, institutionRows, toCsv } from '../../../../shared/merge/dashboard.js';
import type { Report } from '../../../../shared/model/report.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { COLUMNS, visibleRows, type CellWords } from './columns.js';
import { DashboardTable } from './DashboardTable.js';
import { Reminders } from './Reminders.js';
import { ReviewSummary } from '../review/ReviewSummary.js';
import './dashboard.css';

/** Offers a text as a file download, without leaving the page. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * When each institution's latest package was cut: from the report's register, which its file
 * keeps (a report opened again still knows its packages were sent), and from this session's cuts.
 */
function lastCuts(report: Report, session: Record<string, string>): Map<string, string> {
  const times = new Map<string, string>();
  const keep = (institution: string, at: string) => {
    const known = times.get(institution);
    if (!known || Date.parse(at) > Date.parse(known)) times.set(institution, at);
  };
  for (const issued of report.issued?.packages ?? []) keep(issued.institution, issued.issuedAt);
  for (const [institution, at] of Object.entries(session)) keep(institution, at);
  return times;
}

/**
 * The coordinator's dashboard: a row per commitment or per institution (packages cut and
 * returned, completeness, English to review, errors, conflicts waiting), sortable, filterable,
 * exportable as CSV; then the reminders to send.
 */
export function DashboardPanel() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const cutTimes = useBilan((s) => s.cutTimes);
  const review = useBilan((s) => s.review);
  const decisions = useBilan((s) => s.decisions);
  const kind = useBilan((s) => s.dashboardRows);
  const sort = useBilan((s) => s.dashboardSort);
  const filter = useBilan((s) => s.dashboardFilter);
  const { showDashboardRows, filterDashboard } = useBilan.getState();
  const conflicts = (review?.packages ?? []).flatMap((p) => (p.ok ? p.conflicts.filter((c) => !decisions[c.key]).map((c) => ({ cardId: c.cardId, institution: p.institution })) : []));
  const context = { cut: lastCuts(report, cutTimes), conflicts };
  const rows = kind === 'card' ? commitmentRows(report, template, context) : institutionRows(report, template, context);
  const nameOf = (id: string) => {
    const name = report.institutions.find((i) => i.id === id)?.name;
    return name?.[lang]?.content || name?.fr?.content || id;
  };
  const shortNameOf = (id: string) => {
    const acronym = report.institutions.find((i) => i.id === id)?.acronym;
    return acronym?.[lang] || acronym?.fr || nameOf(id);
  };
  const words: CellWords = { lang, t, nameOf, shortNameOf };
  const shown = visibleRows(rows, filter, sort, words);
  const exportCsv = () => download(toCsv(COLUMNS.map((c) => t(c.header(kind))), shown.map((r) => COLUMNS.map((c) => c.text(r, words)))), t('dashboard.csvFile'));
  return (
    <section aria-labelledby="dashboard-heading" className="bilan-dashboard">
      <h1 id="dashboard-heading" className="fr-h3">
        {t('dashboard.title')}
      </h1>
      <ReviewSummary />
      <div className="bilan-dashboard__tools">
        <fieldset className="bilan-dashboard__kinds">
          <legend className="fr-sr-only">{t('dashboard.rows')}</legend>
          {(['card', 'institution'] as const).map((k) => (
            <div key={k} className="fr-radio-group fr-radio-group--sm">
              <input type="radio" id={`dashboard-${k}`} name="dashboard-rows" checked={kind === k} onChange={() => showDashboardRows(k)} />
              <label className="fr-label" htmlFor={`dashboard-${k}`}>
                {t(k === 'card' ? 'dashboard.byCard' : 'dashboard.byInstitution')}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="fr-input-group bilan-dashboard__filter">
          <label className="fr-label" htmlFor="dashboard-filter">
            {t('dashboard.filter')}
          </label>
          <input id="dashboard-filter" className="fr-input" type="search" value={filter} onChange={(e) => filterDashboard(e.target.value)} />
        </div>
        <Button priority="secondary" iconId="fr-icon-download-line" onClick={exportCsv}>
          {t('dashboard.csv')}
        </Button>
      </div>
      <DashboardTable rows={shown} kind={kind} words={words} />
      <Reminders />
    </section>
  );
}
