import { contentIn } from '../../../../shared/report/localized.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { IssueFilter } from '../../store/issues.js';

/** The three filters of the list of blocking points: language, institution, card. */
export function IssueFilters({ filter, onChange }: { filter: IssueFilter; onChange(next: IssueFilter): void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const select = (id: keyof IssueFilter, label: string, options: [string, string][]) => (
    <div className="fr-select-group bilan-validation__filter">
      <label className="fr-label" htmlFor={`issue-filter-${id}`}>
        {label}
      </label>
      <select id={`issue-filter-${id}`} className="fr-select" value={filter[id]} onChange={(e) => onChange({ ...filter, [id]: e.target.value })}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="bilan-validation__filters">
      <legend className="fr-text--sm fr-text--bold">{t('validation.filter.legend')}</legend>
      {select('lang', t('validation.filter.lang'), [
        ['', t('validation.filter.all')],
        ['fr', t('validation.filter.fr')],
        ['en', t('validation.filter.en')],
        ['common', t('validation.filter.common')],
      ])}
      {select('institution', t('validation.filter.institution'), [
        ['', t('validation.filter.all')],
        ...report.institutions.map((i): [string, string] => [i.id, contentIn(i.name, lang) || contentIn(i.name, 'fr') || i.id]),
      ])}
      {select('card', t('validation.filter.card'), [['', t('validation.filter.all')], ...sortedCards(report).map((c): [string, string] => [c.id, cardHeading(report, template, c.id, lang)])])}
    </fieldset>
  );
}
