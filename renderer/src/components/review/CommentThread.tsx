import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { Comment } from '../../../../shared/model/report.js';
import { isOpen } from '../../../../shared/review/comments.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { ReviewReply } from '../../store/slices/review.js';
import { AuthorFields, CommentForm } from './CommentForm.js';
import { authorLabel, dateTime, placeLabel, quoted } from './words.js';

/** One message of a thread: who, when, what. */
function Message({ author, at, text, first }: { author: string; at: string; text: string; first: boolean }) {
  const lang = useBilan((s) => s.lang);
  return (
    <div className={`bilan-comment__message${first ? '' : ' bilan-comment__message--reply'}`}>
      <p className="bilan-comment__meta">
        <span className="bilan-comment__author">{author}</span> · <time dateTime={at}>{dateTime(at, lang)}</time>
      </p>
      <p className="bilan-comment__text">{text}</p>
    </div>
  );
}

/**
 * A comment and its thread: the commented words if any, the comment, its replies, then Reply
 * and Resolve (or Reopen, once resolved). `withPlace` says where it stands, for lists away from
 * the field (the card's comments, the panel).
 */
export function CommentThread({ comment, withPlace = false }: { comment: Comment; withPlace?: boolean }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const { resolveComment, reopenComment } = useBilan.getState();
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askWho, setAskWho] = useState(false);
  const open = isOpen(comment);
  // With no name known yet, the action waits for one: asked here, then done again by the user.
  const act = (reply: ReviewReply) => {
    setAskWho(!reply.ok && reply.message[lang] === '');
    setError(reply.ok || reply.message[lang] === '' ? null : reply.message[lang]);
  };
  const title = `${t(open ? 'comments.open' : 'comments.resolved')} — ${authorLabel(report, comment.author, lang)}`;
  return (
    <article id={`comment-${comment.id}`} className={`bilan-comment${open ? '' : ' bilan-comment--resolved'}`} aria-label={title} data-comment={comment.id} tabIndex={-1}>
      {withPlace && <p className="bilan-comment__place">{placeLabel(template, comment, lang)}</p>}
      {comment.anchor.range && (
        <blockquote className="bilan-comment__quote" lang={comment.anchor.lang}>
          {quoted(comment.anchor.range.quote, lang)}
        </blockquote>
      )}
      <Message author={authorLabel(report, comment.author, lang)} at={comment.at} text={comment.text} first />
      {comment.replies.map((r) => (
        <Message key={r.id} author={authorLabel(report, r.author, lang)} at={r.at} text={r.text} first={false} />
      ))}
      {!open && comment.resolved && (
        <p className="bilan-comment__status">
          {t('comments.resolvedBy', { name: authorLabel(report, comment.resolved.by, lang), date: dateTime(comment.resolved.at, lang) })}
        </p>
      )}
      {error && <p className="fr-error-text">{error}</p>}
      {askWho && <AuthorFields onSaved={() => setAskWho(false)} />}
      {replying ? (
        <CommentForm replyTo={comment.id} label={t('comments.replyLabel')} onDone={() => setReplying(false)} />
      ) : (
        <div className="bilan-comment__actions">
          {open && (
            <Button size="small" priority="secondary" iconId="fr-icon-reply-line" onClick={() => setReplying(true)}>
              {t('comments.reply')}
            </Button>
          )}
          {open ? (
            <Button size="small" priority="tertiary" iconId="fr-icon-check-line" onClick={() => act(resolveComment(comment.id))}>
              {t('comments.resolve')}
            </Button>
          ) : (
            <Button size="small" priority="tertiary" iconId="fr-icon-refresh-line" onClick={() => act(reopenComment(comment.id))}>
              {t('comments.reopen')}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
