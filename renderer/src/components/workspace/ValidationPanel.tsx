import { Fragment } from 'react';
import { cardHeading } from '../../../../shared/validate/describe.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { reportIssues } from '../../store/issues.js';
import { IssueEntry } from './IssueEntry.js';

/**
 * What blocks publication, per card and language, in the interface's language. Each entry
 * leads to its field (the report's own details, institutions and ambitions: in the details view).
 */
export function ValidationPanel() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const issues = reportIssues(report, template);
  const errors = issues.filter((i) => i.severity === 'error');
  const count = (code: 'fr' | 'en') => errors.filter((i) => i.lang === code || i.lang === undefined).length;
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
      <p className="fr-text--lead">{errors.length === 0 ? t('validation.none') : t('validation.counts', { fr: count('fr'), en: count('en') })}</p>
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
