import { Fragment, useState } from 'react';
import { cardHeading } from '../../../../shared/validate/describe.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { filterIssues, reportIssues, tallyIssues, type IssueFilter } from '../../store/issues.js';
import { IssueFilters } from './IssueFilters.js';
import { IssueEntry } from './IssueEntry.js';

/**
 * What blocks publication, counted in the units the outline's badge and the export check use
 * (see `tallyIssues`), then listed by card, narrowed by language, institution or card. Each
 * entry leads to its field (the report's own details, institutions and ambitions: in the
 * details view).
 */
export function ValidationPanel() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const all = reportIssues(report, template);
  const tally = tallyIssues(all);
  const [filter, setFilter] = useState<IssueFilter>({ lang: '', institution: '', card: '' });
  const filtered = filter.lang !== '' || filter.institution !== '' || filter.card !== '';
  const issues = filtered ? filterIssues(all, report, template, filter) : all;
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const key = issue.target.kind === 'card' ? issue.target.id : '';
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  return (
    <section aria-labelledby="validation-heading" className="bilan-validation">
      <h1 id="validation-heading" className="fr-h3">
        {t('validation.title')}
      </h1>
      <p className="fr-text--lead">{tally.total === 0 ? t('validation.none') : t('validation.counts', { ...tally })}</p>
      {all.length > 0 && <IssueFilters filter={filter} onChange={setFilter} />}
      {filtered && (
        <p className="fr-text--sm" role="status">
          {issues.length === 0 ? t('validation.filter.none') : t('validation.filter.shown', { shown: issues.length, total: all.length })}
        </p>
      )}
      {[...groups].map(([cardId, list]) => (
        <Fragment key={cardId || 'report'}>
          <h2 className="fr-h6 bilan-validation__group">{cardId ? cardHeading(report, template, cardId, lang) : t('validation.report')}</h2>
          <ul className="bilan-validation__list">
            {list.map((issue, i) => (
              <li key={i}>
                <IssueEntry issue={issue} />
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </section>
  );
}
