import { type FormEvent, type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useEditorT } from '../i18n.js';

/** A one-line form under the toolbar (link address, footnote text). */
export interface InlineFormProps {
  label: string;
  submitLabel: string;
  initial: string;
  /** An error message for the value, or null when it may be submitted. */
  validate(value: string): string | null;
  onSubmit(value: string): void;
  onCancel(): void;
  /** More buttons after the submit button (such as "Remove link"). */
  extra?: ReactNode;
  inputMode?: 'url' | 'text';
}

/**
 * A small labelled form that takes the focus when it opens. A refused value keeps the form
 * open with the reason shown under the box and announced; Escape or Cancel closes it.
 */
export function InlineForm({ label, submitLabel, initial, validate, onSubmit, onCancel, extra, inputMode = 'text' }: InlineFormProps) {
  const t = useEditorT();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(value.trim());
    setError(problem);
    if (problem === null) onSubmit(value.trim());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="bilan-rte__form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="bilan-rte__form-row">
        <input
          id={`${id}-input`}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={inputMode !== 'url'}
          autoFocus
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="bilan-rte__button bilan-rte__button--primary">
          {submitLabel}
        </button>
        {extra}
        <button type="button" className="bilan-rte__button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="bilan-rte__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
