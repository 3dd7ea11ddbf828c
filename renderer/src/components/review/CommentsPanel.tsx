import { useState } from 'react';
import { leadsOf } from '../../../../shared/merge/package.js';
import type { Card, Comment } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { isOpen } from '../../../../shared/review/comments.js';
import { reviewOf } from '../../../../shared/review/states.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { sortedCards } from '../../../../shared/validate/validate.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { ReviewBadge } from './ReviewBadge.js';
import { SendBack } from './SendBack.js';
import { authorLabel, dateTime, placeLabel, quoted } from './words.js';
import './review.css';

/** One comment in the panel: where, the words, who and when; a click leads to it at its field. */
function Entry({ comment }: { comment: Comment }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const goToComment = useBilan((s) => s.goToComment);
  const last = comment.replies.at(-1);
  return (
    <button type="button" className="bilan-comments-panel__entry bilan-comment" onClick={() => goToComment(comment)} data-comment-entry={comment.id}>
      <span className="bilan-comment__place">
        {placeLabel(template, comment, lang)}
        {!isOpen(comment) && ` · ${t('comments.resolved')}`}
      </span>
      {comment.anchor.range && <span className="bilan-comment__quote"> {quoted(comment.anchor.range.quote, lang)}</span>}
      <span className="bilan-comment__meta">
        <span className="bilan-comment__author">{authorLabel(report, comment.author, lang)}</span> · {dateTime(comment.at, lang)}
      </span>
      <span className="bilan-comment__text">{comment.text.length > 300 ? `${comment.text.slice(0, 300)}…` : comment.text}</span>
      {last && <span className="bilan-comment__meta">{t('comments.replies', { n: comment.replies.length, name: authorLabel(report, last.author, lang) })}</span>}
    </button>
  );
}

/**
 * The comments panel: the open comments (the resolved too, on demand) per institution and per
 * card, each leading to its place; for the coordinator, "Send back for changes" under each
 * institution that has cards needing changes.
 */
export function CommentsPanel() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const [institution, setInstitution] = useState('');
  const [withResolved, setWithResolved] = useState(false);
  const contributor = !!report.package;
  const all = report.comments ?? [];
  const shown = all.filter((c) => withResolved || isOpen(c));
  const open = all.filter(isOpen);
  const cards = sortedCards(report);
  const nameOf = (id: string) => {
    const inst = report.institutions.find((i) => i.id === id);
    return (inst && (contentIn(inst.name, lang) || contentIn(inst.name, 'fr'))) || id;
  };
  // Each card under each institution that leads it; cards without a lead at the end.
  const groups: { id: string; name: string; cards: Card[] }[] = [];
  for (const inst of [...report.institutions.map((i) => i.id), '']) {
    const led = cards.filter((c) => (inst === '' ? leadsOf(c, template).length === 0 : leadsOf(c, template).includes(inst)));
    if (led.length) groups.push({ id: inst, name: inst ? nameOf(inst) : t('comments.noLead'), cards: led });
  }
  const visible = groups.filter((g) => institution === '' || g.id === institution);
  const byCard = (id: string) => shown.filter((c) => c.anchor.card === id);
  const cardsWith = new Set(open.map((c) => c.anchor.card));
  return (
    <section aria-labelledby="comments-heading" className="bilan-comments-panel">
      <h1 id="comments-heading" className="fr-h3">
        {t('comments.title')}
      </h1>
      <p className="fr-text--lead">{open.length === 0 ? t('comments.noneOpen') : t('comments.summary', { n: open.length, cards: cardsWith.size })}</p>
      <div className="bilan-comments-panel__filters">
        {!contributor && (
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="comments-institution">
              {t('comments.filterInstitution')}
            </label>
            <select id="comments-institution" className="fr-select" value={institution} onChange={(e) => setInstitution(e.target.value)}>
              <option value="">{t('comments.allInstitutions')}</option>
              {groups.map((g) => (
                <option key={g.id || 'none'} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="fr-checkbox-group fr-checkbox-group--sm">
          <input type="checkbox" id="comments-resolved" checked={withResolved} onChange={(e) => setWithResolved(e.target.checked)} />
          <label className="fr-label" htmlFor="comments-resolved">
            {t('comments.withResolved', { n: all.length - open.length })}
          </label>
        </div>
      </div>
      {visible.map((g) => {
        const withComments = g.cards.filter((c) => byCard(c.id).length > 0);
        const toSend = g.cards.filter((c) => reviewOf(report, c.id).state === 'needsChanges');
        if (withComments.length === 0 && (contributor || toSend.length === 0 || g.id === '')) return null;
        return (
          <section key={g.id || 'none'} className="bilan-comments-panel__group" aria-labelledby={`comments-group-${g.id || 'none'}`} data-institution={g.id}>
            <h2 id={`comments-group-${g.id || 'none'}`} className="fr-h5 fr-mb-1w">
              {g.name}
            </h2>
            {!contributor && g.id !== '' && toSend.length > 0 && <SendBack institution={g.id} name={g.name} cards={toSend} />}
            {withComments.map((card) => (
              <div key={card.id} className="bilan-comments-panel__card">
                <h3 className="fr-text--md fr-text--bold fr-mb-1w">
                  {cardHeading(report, template, card.id, lang)} <ReviewBadge state={reviewOf(report, card.id).state} lang={lang} />
                </h3>
                {byCard(card.id).map((c) => (
                  <Entry key={c.id} comment={c} />
                ))}
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
