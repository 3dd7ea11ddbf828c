import { useCallback } from 'react';
import { contentIn } from '../../../../shared/report/localized.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { OutlineCard } from '../workspace/OutlineCard.js';
import { reviewOf } from '../../../../shared/review/states.js';
import { CommentsTool, openCommentCounts } from '../review/CommentsTool.js';
import { usePackageIssues } from './usePackageIssues.js';

/**
 * The outline of a contribution package: "before sending" (with the number of points still to
 * complete in French), then the package's cards under their ambitions. No chapters and none of
 * the coordinator's panels: a package holds only the institution's cards.
 */
export function PackageOutline() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const view = useBilan((s) => s.view);
  const showView = useBilan((s) => s.showView);
  const selectCard = useCallback((id: string) => showView({ kind: 'card', id }), [showView]);
  const toComplete = usePackageIssues().errors;
  const cards = sortedCards(report);
  // The coordinator's questions and the cards' review states, as the coordinator's outline shows them.
  const openByCard = openCommentCounts(report);
  const known = new Set(report.ambitions.map((a) => a.id));
  const groups = [
    ...report.ambitions.map((a, i) => ({ id: a.id, label: t('outline.ambition', { group: template.group.name[lang], n: i + 1 }), title: contentIn(a.title, lang) || contentIn(a.title, 'fr'), cards: cards.filter((c) => c.ambition === a.id) })),
    { id: '', label: t('outline.unassigned', { group: template.group.name[lang].toLowerCase() }), title: '', cards: cards.filter((c) => !c.ambition || !known.has(c.ambition)) },
  ].filter((g) => g.cards.length > 0);
  return (
    <nav className="bilan-outline" aria-label={t('outline.nav')} data-package={report.package?.institution}>
      <ul className="bilan-outline__list bilan-outline__tools">
        <li>
          <button type="button" className="bilan-outline__tool" aria-current={view.kind !== 'card' && view.kind !== 'comments' ? 'page' : undefined} onClick={() => showView({ kind: 'contribution' })}>
            <span className="fr-icon-error-warning-line fr-icon--sm" aria-hidden="true" /> {t('contributor.panel')}
            <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${toComplete ? 'fr-badge--warning' : 'fr-badge--success'}`} title={t('contributor.toComplete', { n: toComplete })}>
              {toComplete}
            </span>
          </button>
        </li>
        <li>
          <CommentsTool count={[...openByCard.values()].reduce((a, b) => a + b, 0)} current={view.kind === 'comments' ? 'page' : undefined} onClick={() => showView({ kind: 'comments' })} />
        </li>
      </ul>
      {groups.map((g) => (
        <section key={g.id || 'none'} aria-labelledby={`outline-${g.id || 'none'}`} data-ambition={g.id || undefined}>
          <h2 className="bilan-outline__heading" id={`outline-${g.id || 'none'}`}>
            <span className="bilan-outline__group">{g.label}</span>
            {g.title}
          </h2>
          <ul className="bilan-outline__list">
            {g.cards.map((card) => (
              <li key={card.id}>
                <OutlineCard card={card} template={template} institutions={report.institutions} lang={lang} selected={view.kind === 'card' && view.id === card.id} onSelect={selectCard} review={reviewOf(report, card.id).state === 'toWrite' ? undefined : reviewOf(report, card.id).state} comments={openByCard.get(card.id) ?? 0} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
