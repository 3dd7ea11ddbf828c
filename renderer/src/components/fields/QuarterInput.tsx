import type { Quarter } from '../../../../shared/model/report.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  value: Quarter | null;
  label: string;
  describedBy?: string | undefined;
  onChange(value: Quarter | null): void;
}

const QUARTERS = [1, 2, 3, 4] as const;

/** A calendar quarter: a year and a quarter, each from a list (“T4 2021” / “Q4 2021”). */
export function QuarterInput({ value, label, describedBy, onChange }: Props) {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 21 }, (_, i) => thisYear - 10 + i);
  if (value && !years.includes(value.year)) years.unshift(value.year);
  return (
    <div role="group" aria-label={label} aria-describedby={describedBy} className="bilan-quarter">
      <select className="fr-select" aria-label={t('field.quarter')} value={value?.quarter ?? ''} onChange={(e) => onChange(e.target.value ? { year: value?.year ?? thisYear, quarter: Number(e.target.value) } : null)}>
        <option value="">—</option>
        {QUARTERS.map((q) => (
          <option key={q} value={q}>
            {t('field.quarterN', { n: q })}
          </option>
        ))}
      </select>
      <select className="fr-select" aria-label={t('field.year')} value={value?.year ?? ''} onChange={(e) => onChange(e.target.value ? { year: Number(e.target.value), quarter: value?.quarter ?? 1 } : null)}>
        <option value="">—</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
