interface Props {
  value: number | null;
  label: string;
  describedBy?: string | undefined;
  onChange(value: number | null): void;
}

/** A number (a key figure); an empty box means no value yet. */
export function NumberInput({ value, label, describedBy, onChange }: Props) {
  return (
    <input
      className="fr-input bilan-number"
      type="number"
      aria-label={label}
      aria-describedby={describedBy}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' || !Number.isFinite(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
    />
  );
}
