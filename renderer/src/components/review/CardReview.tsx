import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import type { ReviewState } from '../../../../shared/model/report.js';
import { openComments } from '../../../../shared/review/comments.js';
import { reviewOf, TRANSITIONS } from '../../../../shared/review/states.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { AuthorFields } from './CommentForm.js';
import { FieldComments } from './FieldComments.js';
import { ReviewBadge } from './ReviewBadge.js';
import { authorLabel, dateTime } from './words.js';
import './review.css';

const ACTION: Record<Exclude<ReviewState, 'toWrite'>, { key: 'reviewState.toReceived' | 'reviewState.toNeedsChanges' | 'reviewState.toApproved'; icon: 'fr-icon-inbox-archive-line' | 'fr-icon-edit-line' | 'fr-icon-check-line' }> = {
  received: { key: 'reviewState.toReceived', icon: 'fr-icon-inbox-archive-line' },
  needsChanges: { key: 'reviewState.toNeedsChanges', icon: 'fr-icon-edit-line' },
  approved: { key: 'reviewState.toApproved', icon: 'fr-icon-check-line' },
};

/**
 * Under a card's heading: its review state with who set it and when, the coordinator's moves
 * (received, needs changes with the reason required, approved), and the comments on the whole
 * card with "Comment on the card". A contributor sees the state and answers the comments.
 */
export function CardReview({ cardId }: { cardId: string }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const contributor = !!report.package;
  const entry = reviewOf(report, cardId);
  const open = openComments(report, cardId).length;
  const { setCardState, startComment } = useBilan.getState();
  const known = useBilan((s) => s.author() !== null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [askWho, setAskWho] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const move = (state: ReviewState, why?: string) => {
    if (!known) return setAskWho(true);
    const reply = setCardState(cardId, state, why);
    if (!reply.ok) {
      setError(reply.message[lang]);
      return box.current?.focus();
    }
    setError(null);
    setAsking(false);
    setReason('');
  };
  const moves = contributor ? [] : (TRANSITIONS[entry.state].filter((s) => s !== 'toWrite') as Exclude<ReviewState, 'toWrite'>[]);
  return (
    <section className="bilan-card-review" aria-labelledby={`review-${cardId}`}>
      <h2 id={`review-${cardId}`} className="fr-sr-only">
        {t('reviewState.heading')}
      </h2>
      <p className="bilan-card-review__state" data-testid="card-review-state">
        <ReviewBadge state={entry.state} lang={lang} small={false} />
        {entry.by && entry.at && (
          <span className="bilan-card-review__who">{t('reviewState.setBy', { name: authorLabel(report, entry.by, lang), date: dateTime(entry.at, lang) })}</span>
        )}
        <span className="bilan-card-review__who">{t('comments.openCount', { n: open })}</span>
      </p>
      <div className="bilan-card-review__actions">
        <Button size="small" priority="secondary" iconId="fr-icon-chat-3-line" onClick={() => startComment({ card: cardId })} title={t('comments.cardHelp')}>
          {t('comments.onCard')}
        </Button>
        {moves.map((state) => (
          <Button
            key={state}
            size="small"
            priority="tertiary"
            iconId={ACTION[state].icon}
            onClick={() => {
              if (state !== 'needsChanges') return move(state);
              setAsking(true);
              setTimeout(() => box.current?.focus(), 0);
            }}
          >
            {t(ACTION[state].key)}
          </Button>
        ))}
      </div>
      {askWho && <AuthorFields onSaved={() => setAskWho(false)} />}
      {asking && (
        <form
          className="bilan-comment-form fr-mt-1w"
          onSubmit={(e) => {
            e.preventDefault();
            move('needsChanges', reason);
          }}
        >
          <label className="fr-label" htmlFor={`reason-${cardId}`}>
            {t('reviewState.reason')}
            <span className="fr-hint-text">{t('reviewState.reasonHint')}</span>
          </label>
          <textarea
            ref={box}
            id={`reason-${cardId}`}
            className={`fr-input${error ? ' fr-input--error' : ''}`}
            rows={3}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `reason-${cardId}-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <p id={`reason-${cardId}-error`} className="fr-error-text">
              {error}
            </p>
          )}
          <div className="bilan-comment-form__actions">
            <Button size="small" type="submit">
              {t('reviewState.sendReason')}
            </Button>
            <Button size="small" priority="tertiary" type="button" onClick={() => setAsking(false)}>
              {t('comments.cancel')}
            </Button>
          </div>
        </form>
      )}
      {!asking && error && <p className="fr-error-text">{error}</p>}
      <div id={`comments-card-${cardId}`} tabIndex={-1}>
        <FieldComments cardId={cardId} label={t('comments.wholeCard')} />
      </div>
    </section>
  );
}
