import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.js';
import { CommentButton } from '../review/CommentButton.js';
import { FieldComments } from '../review/FieldComments.js';

interface Props {
  id: string;
  label: string;
  help: string;
  required: boolean;
  children(ids: { labelId: string; helpId: string }): ReactNode;
  level?: 2 | 3;
  /** A required value, not per language, is missing: the design system's error state and why. */
  missing?: boolean;
  /** A card's field: offers "Commenter" and shows its comments under the input. */
  comment?: { cardId: string; fieldId: string };
}

/** One field of a form: its label and help text from the template, then its input. */
export function FieldBlock({ id, label, help, required, children, level = 2, missing = false, comment }: Props) {
  const t = useT();
  const Heading = level === 2 ? 'h2' : 'h3';
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  return (
    <section id={id} className={`bilan-field bilan-field--${level}${missing ? ' fr-input-group--error' : ''}`} aria-labelledby={labelId} data-comment-card={comment?.cardId} data-comment-field={comment?.fieldId}>
      <Heading id={labelId} className="bilan-field__label">
        {label}
        {required && <span className="bilan-field__required"> {t('field.required')}</span>}
      </Heading>
      {comment && <CommentButton cardId={comment.cardId} fieldId={comment.fieldId} label={label} />}
      {help && (
        <p id={helpId} className="bilan-field__help">
          {help}
        </p>
      )}
      {children({ labelId, helpId })}
      {missing && <p className="fr-error-text">{t('field.missing')}</p>}
      {comment && <FieldComments cardId={comment.cardId} fieldId={comment.fieldId} label={label} />}
    </section>
  );
}
