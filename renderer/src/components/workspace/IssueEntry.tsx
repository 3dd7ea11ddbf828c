import { describeValidationIssue } from '../../../../shared/validate/describe.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/**
 * Whether clicking an issue can lead to a field: cards' and chapters' always; the report's own
 * details, institutions and ambitions in the details view, which a contribution package lacks.
 */
const reachable = (issue: ValidationIssue, inPackage: boolean) => issue.target.kind === 'card' || issue.target.kind === 'chapter' || !inPackage;

/**
 * One validation issue as a line of a list, in the interface's language, tagged when it is
 * only a warning; a button leading to its field when it has one. `onGo` runs before going
 * (a dialog closes itself).
 */
export function IssueEntry({ issue, onGo }: { issue: ValidationIssue; onGo?: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const goToIssue = useBilan((s) => s.goToIssue);
  const inPackage = !!report.package;
  const text = describeValidationIssue(issue, report, template, lang);
  // An English text to review has one look everywhere: the warning badge "To review".
  const tag =
    issue.code === 'out-of-date' ? <span className="fr-badge fr-badge--sm fr-badge--warning">{t('validation.review')}</span>
    : issue.severity === 'warning' ? <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--info">{t('validation.warning')}</span>
    : null;
  if (!reachable(issue, inPackage)) {
    return (
      <span className="bilan-validation__entry bilan-validation__entry--static">
        {tag}
        {text}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="bilan-validation__entry"
      onClick={() => {
        onGo?.();
        goToIssue(issue);
      }}
    >
      {tag}
      {text}
    </button>
  );
}
