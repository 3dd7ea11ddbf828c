import { type FocusEvent, useEffect, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/** What a day, a month and a year typed make: an ISO date, '' when all are empty, null when not a date yet. */
export function composeDate(day: string, month: string, year: string): string | '' | null {
  if (day.trim() === '' && month === '' && year.trim() === '') return '';
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{4}$/.test(year.trim()) || !(m >= 1 && m <= 12)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const parts = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : { day: '', month: '', year: '' };
};

interface Props {
  id: string;
  /** An ISO date (yyyy-mm-dd), or '' for none. */
  value: string;
  /** The date typed, '' when emptied, null while it is not a whole date. */
  onChange(value: string | null): void;
  onBlur?: (event: FocusEvent<HTMLDivElement>) => void;
  labelledBy: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * A date as three fields, day, month (named) and year, in the interface's language: the
 * browser's own date input follows the system's (mm/dd/yyyy in a French interface on an
 * English system), and the design system recommends separate fields.
 */
export function DateFields({ id, value, onChange, onBlur, labelledBy, describedBy, invalid = false }: Props) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const [typed, setTyped] = useState(() => parts(value));
  // A change from outside (undo, another value) shows here; what is being typed stays.
  useEffect(() => {
    setTyped((now) => {
      const mine = composeDate(now.day, now.month, now.year);
      // Half typed is no date yet: the value is then '' and the fields keep what is typed.
      return mine === value || (mine === null && value === '') ? now : parts(value);
    });
  }, [value]);
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2000, i, 1)).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', timeZone: 'UTC' }));
  const set = (part: 'day' | 'month' | 'year', text: string) => {
    const next = { ...typed, [part]: text };
    setTyped(next);
    onChange(composeDate(next.day, next.month, next.year));
  };
  const field = `fr-input${invalid ? ' fr-input--error' : ''}`;
  return (
    <div className="bilan-date" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy} onBlur={onBlur}>
      <div className="bilan-date__part bilan-date__part--day">
        <label className="fr-label" htmlFor={`${id}-day`}>
          {t('date.day')}
        </label>
        <input id={`${id}-day`} className={field} inputMode="numeric" autoComplete="off" maxLength={2} value={typed.day} aria-invalid={invalid || undefined} onChange={(e) => set('day', e.target.value)} />
      </div>
      <div className="bilan-date__part">
        <label className="fr-label" htmlFor={`${id}-month`}>
          {t('date.month')}
        </label>
        <select id={`${id}-month`} className="fr-select" value={typed.month} aria-invalid={invalid || undefined} onChange={(e) => set('month', e.target.value)}>
          <option value="">—</option>
          {months.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="bilan-date__part bilan-date__part--year">
        <label className="fr-label" htmlFor={`${id}-year`}>
          {t('date.year')}
        </label>
        <input id={`${id}-year`} className={field} inputMode="numeric" autoComplete="off" maxLength={4} value={typed.year} aria-invalid={invalid || undefined} onChange={(e) => set('year', e.target.value)} />
      </div>
    </div>
  );
}
