import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useRef, useState } from 'react';
import type { CommentAnchor, Person } from '../../../../shared/model/report.js';
import { isValidIdentity } from '../../../../shared/validate/identity.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { IdentityFields, type IdentityFieldsHandle } from '../contributor/IdentityFields.js';

/**
 * The name a comment is signed with, asked once: the identity Bilan remembers for packages and
 * imports. Shown above a comment or reply form while none is known.
 */
export function AuthorFields({ onSaved }: { onSaved?: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const saveIdentity = useBilan((s) => s.saveIdentity);
  const id = useId().replace(/:/g, '');
  const [person, setPerson] = useState<Person>({ name: '', email: '' });
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fields = useRef<IdentityFieldsHandle>(null);
  const save = async () => {
    setTried(true);
    if (!isValidIdentity(person)) return fields.current?.focusFirstError();
    const refused = await saveIdentity(person);
    setRefusal(refused ? refused.message[lang] : null);
    if (!refused) onSaved?.();
  };
  return (
    <div className="bilan-comment-author" role="group" aria-labelledby={`${id}-who`}>
      <p id={`${id}-who`} className="fr-text--sm fr-mb-1w">
        {t('comments.whoFirst')}
      </p>
      <div className="bilan-identity">
        <IdentityFields ref={fields} id={`author-${id}`} value={person} onChange={setPerson} showErrors={tried} />
      </div>
      {refusal && <p className="fr-error-text">{refusal}</p>}
      <Button size="small" priority="secondary" onClick={() => void save()}>
        {t('comments.saveWho')}
      </Button>
    </div>
  );
}

interface Props {
  /** Where the comment goes (a new comment), or the comment answered (a reply). */
  anchor?: CommentAnchor;
  replyTo?: string;
  /** The words above the text box. */
  label: string;
  onDone(): void;
  autoFocus?: boolean;
}

/** Writing a comment or a reply: the text, who signs it (asked once), send or cancel. */
export function CommentForm({ anchor, replyTo, label, onDone, autoFocus = true }: Props) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const known = useBilan((s) => s.author() !== null);
  const loaded = useBilan((s) => s.identityLoaded);
  const loadIdentity = useBilan((s) => s.loadIdentity);
  const { writeComment, replyToComment } = useBilan.getState();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId().replace(/:/g, '');
  useEffect(() => {
    if (!loaded) void loadIdentity();
  }, [loaded, loadIdentity]);
  useEffect(() => {
    if (autoFocus && known) box.current?.focus();
  }, [autoFocus, known]);
  const submit = () => {
    if (text.trim() === '') {
      setError(t('comments.empty'));
      return box.current?.focus();
    }
    const reply = replyTo !== undefined ? replyToComment(replyTo, text) : anchor ? writeComment(anchor, text) : { ok: true as const };
    if (!reply.ok) {
      setError(reply.message[lang]);
      return box.current?.focus();
    }
    setText('');
    setError(null);
    onDone();
  };
  if (loaded && !known) return <AuthorFields onSaved={() => box.current?.focus()} />;
  return (
    <form
      className={`bilan-comment-form${error ? ' fr-input-group--error' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
        // Ctrl+Enter sends, as in a mail client.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          submit();
        }
      }}
    >
      <label className="fr-label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        className={`fr-input${error ? ' fr-input--error' : ''}`}
        rows={3}
        maxLength={100_000}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="fr-error-text">
          {error}
        </p>
      )}
      <div className="bilan-comment-form__actions">
        <Button size="small" type="submit">
          {replyTo !== undefined ? t('comments.sendReply') : t('comments.send')}
        </Button>
        <Button size="small" priority="tertiary" type="button" onClick={onDone}>
          {t('comments.cancel')}
        </Button>
      </div>
    </form>
  );
}
