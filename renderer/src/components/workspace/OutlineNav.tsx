import { useCallback } from 'react';
import type { Chapter } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { reportIssues, tallyIssues } from '../../store/issues.js';
import { PackageOutline } from '../contributor/PackageOutline.js';
import { OutlineCard } from './OutlineCard.js';
import { reviewOf } from '../../../../shared/review/states.js';
import { CommentsTool, openCommentCounts } from '../review/CommentsTool.js';

/** The report's outline: the panels, the chapters, and the cards under their ambitions. */
export function OutlineNav() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const view = useBilan((s) => s.view);
  const showView = useBilan((s) => s.showView);
  const addCard = useBilan((s) => s.addCard);
  const selectCard = useCallback((id: string) => showView({ kind: 'card', id }), [showView]);
  if (report.package) return <PackageOutline />;
  // The same unit as the panel's and the export check's counts (see tallyIssues).
  const blocking = tallyIssues(reportIssues(report, template)).total;
  const cards = sortedCards(report);
  const openByCard = openCommentCounts(report);
  const openTotal = [...openByCard.values()].reduce((a, b) => a + b, 0);
  const current = (kind: string, id?: string) => (view.kind === kind && (!id || ('id' in view && view.id === id)) ? ('page' as const) : undefined);
  const chapterList = (chapters: Chapter[]) => (
    <ul className="bilan-outline__list">
      {chapters.map((c) => (
        <li key={c.id}>
          <button type="button" className="bilan-outline__chapter" aria-current={current('chapter', c.id)} onClick={() => showView({ kind: 'chapter', id: c.id })} data-chapter={c.id}>
            {contentIn(c.title, lang) || contentIn(c.title, 'fr') || t('chapter.untitled')}
          </button>
        </li>
      ))}
    </ul>
  );
  const cardList = (list: typeof cards) => (
    <ul className="bilan-outline__list">
      {list.map((card) => (
        <li key={card.id}>
          <OutlineCard card={card} template={template} institutions={report.institutions} lang={lang} selected={!!current('card', card.id)} onSelect={selectCard} review={reviewOf(report, card.id).state === 'toWrite' ? undefined : reviewOf(report, card.id).state} comments={openByCard.get(card.id) ?? 0} />
        </li>
      ))}
    </ul>
  );
  const known = new Set(report.ambitions.map((a) => a.id));
  const front = report.chapters.filter((c) => c.position === 'front');
  const back = report.chapters.filter((c) => c.position === 'back');
  const loose = cards.filter((c) => !c.ambition || !known.has(c.ambition));
  return (
    <nav className="bilan-outline" aria-label={t('outline.nav')}>
      <ul className="bilan-outline__list bilan-outline__tools">
        <li>
          <button type="button" className="bilan-outline__tool" aria-current={current('details')} onClick={() => showView({ kind: 'details' })}>
            <span className="fr-icon-file-text-line fr-icon--sm" aria-hidden="true" /> {t('details.title')}
          </button>
        </li>
        <li>
          <button type="button" className="bilan-outline__tool" aria-current={current('validation')} onClick={() => showView({ kind: 'validation' })}>
            <span className="fr-icon-error-warning-line fr-icon--sm" aria-hidden="true" /> {t('validation.title')}
            <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${blocking ? 'fr-badge--warning' : 'fr-badge--success'}`} title={t('outline.blocking', { count: blocking })}>
              <span aria-hidden="true">{blocking}</span>
              <span className="fr-sr-only">{t('outline.blocking', { count: blocking })}</span>
            </span>
          </button>
        </li>
        <li>
          <button type="button" className="bilan-outline__tool" aria-current={current('summary')} onClick={() => showView({ kind: 'summary' })}>
            <span className="fr-icon-table-line fr-icon--sm" aria-hidden="true" /> {template.summary?.title[lang] ?? t('summary.title')}
          </button>
        </li>
        <li>
          <CommentsTool count={openTotal} current={current('comments')} onClick={() => showView({ kind: 'comments' })} />
        </li>
        <li>
          <button type="button" className="bilan-outline__tool" aria-current={current('dashboard')} onClick={() => showView({ kind: 'dashboard' })}>
            <span className="fr-icon-dashboard-3-line fr-icon--sm" aria-hidden="true" /> {t('dashboard.title')}
          </button>
        </li>
      </ul>
      {front.length > 0 && (
        <>
          <h2 className="bilan-outline__heading">{t('chapter.front')}</h2>
          {chapterList(front)}
        </>
      )}
      {report.ambitions.map((a, i) => (
        <section key={a.id} aria-labelledby={`outline-${a.id}`} data-ambition={a.id}>
          <h2 className="bilan-outline__heading" id={`outline-${a.id}`}>
            <span className="bilan-outline__group">{t('outline.ambition', { group: template.group.name[lang], n: i + 1 })}</span>
            {contentIn(a.title, lang) || contentIn(a.title, 'fr') || t('outline.untitled')}
          </h2>
          {cardList(cards.filter((c) => c.ambition === a.id))}
          <button
            type="button"
            className="bilan-outline__add"
            aria-label={t('outline.addCardTo', { group: template.group.name[lang], n: i + 1 })}
            onClick={() => {
              const reply = addCard(a.id);
              // The new card opens, its heading focused: ready to be written.
              if (reply.ok && reply.id) showView({ kind: 'card', id: reply.id });
            }}
          >
            <span className="fr-icon-add-line fr-icon--sm" aria-hidden="true" /> {t('details.addCard')}
          </button>
        </section>
      ))}
      {loose.length > 0 && (
        <>
          <h2 className="bilan-outline__heading">{t('outline.unassigned', { group: template.group.name[lang].toLowerCase() })}</h2>
          {cardList(loose)}
        </>
      )}
      {back.length > 0 && (
        <>
          <h2 className="bilan-outline__heading">{t('chapter.back')}</h2>
          {chapterList(back)}
        </>
      )}
    </nav>
  );
}
