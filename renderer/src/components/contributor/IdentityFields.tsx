import { forwardRef, useImperativeHandle, useRef, type RefObject } from 'react';
import type { Person } from '../../../../shared/model/report.js';
import { identityProblems } from '../../../../shared/validate/identity.js';
import type { UiKey } from '../../i18n/translate.js';
import { useT } from '../../i18n/useT.js';

/** What the fields say about a name and email, as interface strings; none when they can sign. */
export function identityMessages(person: Person): { name?: UiKey; email?: UiKey } {
  const problems = identityProblems(person);
  return {
    ...(problems.name ? { name: problems.name === 'missing' ? 'identity.nameMissing' : 'identity.nameTooLong' } : {}),
    ...(problems.email ? { email: problems.email === 'missing' ? 'identity.emailMissing' : 'field.invalidEmail' } : {}),
  };
}

/** Lets the form around the fields move the focus to the first one in error. */
export interface IdentityFieldsHandle {
  focusFirstError(): void;
}

interface Props {
  /** Prefix of the fields' ids, unique in the page. */
  id: string;
  value: Person;
  onChange(value: Person): void;
  /** Shows what is wrong (after a first attempt to use them). */
  showErrors: boolean;
  /**
   * Whose fields these are, for their hints: a ministry signing what it sends (by default), or
   * the coordinator, whose name goes into the cards' history.
   */
  role?: 'sender' | 'coordinator';
}

/**
 * A name and an email, as they sign a package or an import: labelled, checked with the same
 * rule as the main process, each error said under its field.
 */
export const IdentityFields = forwardRef<IdentityFieldsHandle, Props>(function IdentityFields({ id, value, onChange, showErrors, role = 'sender' }, ref) {
  const t = useT();
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const messages = showErrors ? identityMessages(value) : {};
  useImperativeHandle(ref, () => ({
    focusFirstError() {
      const found = identityMessages(value);
      (found.name ? nameRef : found.email ? emailRef : null)?.current?.focus();
    },
  }));
  const field = (part: 'name' | 'email', input: RefObject<HTMLInputElement | null>) => {
    const error = messages[part];
    const inputId = `${id}-${part}`;
    return (
      <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
        <label className="fr-label" htmlFor={inputId}>
          {t(part === 'name' ? 'identity.name' : 'identity.email')}
          <span className="fr-hint-text">{t(part === 'email' ? 'identity.emailHint' : role === 'coordinator' ? 'identity.coordinatorNameHint' : 'identity.nameHint')}</span>
        </label>
        <input
          ref={input}
          id={inputId}
          className={`fr-input${error ? ' fr-input--error' : ''}`}
          type={part === 'email' ? 'email' : 'text'}
          autoComplete={part}
          spellCheck={false}
          maxLength={400}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          value={value[part]}
          onChange={(e) => onChange({ ...value, [part]: e.target.value })}
        />
        {error && (
          <p id={`${inputId}-error`} className="fr-error-text">
            {t(error)}
          </p>
        )}
      </div>
    );
  };
  return (
    <>
      {field('name', nameRef)}
      {field('email', emailRef)}
    </>
  );
});
