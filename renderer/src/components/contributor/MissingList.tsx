import type { Lang } from '../../../../shared/model/localized.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import type { ValidationIssue } from '../../../../shared/validate/validate.js';
import type { UiKey } from '../../i18n/translate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { IssueEntry } from '../workspace/IssueEntry.js';
import { institutionName } from './ContributorBanner.js';

/** The language groups of a card's issues, in the order a contributor works through them. */
const GROUPS: { lang: Lang | undefined; label: UiKey }[] = [
  { lang: 'fr', label: 'contributor.inFrench' },
  { lang: undefined, label: 'contributor.inBoth' },
  { lang: 'en', label: 'contributor.inEnglish' },
];

/**
 * What the package's validation finds, per card and then per language: French gaps to
 * complete, values common to both languages, English gaps as warnings. Each entry leads to its
 * field; `onGo` runs first (a dialog closes itself).
 */
export function MissingList({ issues, level, compact = false, onGo }: { issues: ValidationIssue[]; level: 2 | 3; compact?: boolean; onGo?: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const shared = report.package?.shared ?? {};
  const byCard = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    if (issue.target.kind !== 'card') continue;
    byCard.set(issue.target.id, [...(byCard.get(issue.target.id) ?? []), issue]);
  }
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {[...byCard].map(([cardId, list]) => (
        <section key={cardId} className="bilan-missing__card" aria-labelledby={`missing-${cardId}`} data-card={cardId}>
          <Heading id={`missing-${cardId}`} className={compact ? 'bilan-missing__heading' : 'fr-h6 bilan-validation__group'}>
            {cardHeading(report, template, cardId, lang)}
          </Heading>
          {!compact && (shared[cardId]?.length ?? 0) > 0 && (
            <p className="fr-text--sm bilan-muted fr-mb-1w">{t('contributor.sharedWith', { institutions: shared[cardId]!.map((id) => institutionName(report.institutions, id, lang)).join(', ') })}</p>
          )}
          {GROUPS.map(({ lang: code, label }) => {
            const entries = list.filter((i) => i.lang === code);
            if (entries.length === 0) return null;
            const id = `missing-${cardId}-${code ?? 'both'}`;
            return (
              <div key={label} className="bilan-missing__group">
                <p id={id} className={`fr-text--sm fr-text--bold fr-mb-1v ${compact ? 'fr-mt-1w' : 'fr-mt-2w'}`}>
                  {t(label, { n: entries.length })}
                </p>
                <ul className="bilan-validation__list" aria-labelledby={id}>
                  {entries.map((issue, i) => (
                    <li key={i}>
                      <IssueEntry issue={issue} onGo={onGo} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
