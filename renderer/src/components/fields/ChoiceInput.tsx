import type { Scale } from '../../../../shared/model/template.js';
import { useBilan } from '../../store/index.js';

interface Props {
  name: string;
  scale: Scale;
  value: string | null;
  label: string;
  describedBy?: string | undefined;
  onChange(value: string | null): void;
}

/** One option of a template's scale (progress, status…), as a group of radio buttons. */
export function ChoiceInput({ name, scale, value, label, describedBy, onChange }: Props) {
  const lang = useBilan((s) => s.lang);
  return (
    <div role="radiogroup" aria-label={label} aria-describedby={describedBy} className="bilan-choice">
      {scale.options.map((option) => {
        const id = `${name}-${option.id}`;
        return (
          <div key={option.id} className="fr-radio-group fr-radio-group--sm bilan-choice__option">
            <input type="radio" id={id} name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
            <label className="fr-label" htmlFor={id}>
              {option.label[lang]}
            </label>
          </div>
        );
      })}
    </div>
  );
}
