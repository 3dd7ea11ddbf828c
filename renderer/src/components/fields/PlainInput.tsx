import { isEmail, isWebUrl } from '../../../../shared/validate/fields.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  id: string;
  value: string;
  format: 'email' | 'url' | undefined;
  label: string;
  describedBy?: string | undefined;
  onChange(value: string): void;
}

/** A value written once for both languages (a name, an email, an address), checked as typed. */
export function PlainInput({ id, value, format, label, describedBy, onChange }: Props) {
  const t = useT();
  const invalid = value.trim() !== '' && ((format === 'email' && !isEmail(value)) || (format === 'url' && !isWebUrl(value)));
  const errorId = `${id}-error`;
  return (
    <div className={`fr-input-group${invalid ? ' fr-input-group--error' : ''} bilan-plain`}>
      <input
        className={`fr-input${invalid ? ' fr-input--error' : ''}`}
        type={format === 'email' ? 'email' : format === 'url' ? 'url' : 'text'}
        spellCheck={!format}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid && (
        <p id={errorId} className="fr-error-text">
          {t(format === 'email' ? 'field.invalidEmail' : 'field.invalidUrl')}
        </p>
      )}
    </div>
  );
}
