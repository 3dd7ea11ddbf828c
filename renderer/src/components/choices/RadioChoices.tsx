import type { ReactNode } from 'react';

/** One choice of a {@link RadioChoices} group: its value, its words, a hint under them, their language if not the page's. */
export interface RadioChoice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** The language the label is written in, when it is not the window's ("English" in a French window). */
  lang?: string | undefined;
}

interface Props<V extends string> {
  /** The group's id: its radios are `id-value`, named `id`; its legend is `id-legend`. */
  id: string;
  legend: ReactNode;
  /** A hint under the legend, for the whole group. */
  legendHint?: ReactNode;
  choices: readonly RadioChoice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Side by side (short choices), or one under the other (choices with long hints). */
  inline?: boolean;
  /** Classes added to the fieldset and to the legend (spacing). */
  className?: string;
  legendClassName?: string;
}

/**
 * A group of radio buttons as the DSFR draws them: a fieldset named by its legend (and the
 * legend's hint), one small radio per choice with its hint under the label. Native radios, one
 * name per group: the arrow keys move between choices and Tab leaves the group, as everywhere.
 */
export function RadioChoices<V extends string>({ id, legend, legendHint, choices, value, onChange, inline = false, className, legendClassName }: Props<V>) {
  const legendId = `${id}-legend`;
  return (
    <fieldset className={['fr-fieldset', className].filter(Boolean).join(' ')} aria-labelledby={legendId}>
      <legend className={['fr-fieldset__legend fr-fieldset__legend--regular', legendClassName].filter(Boolean).join(' ')} id={legendId}>
        {legend}
        {legendHint && <span className="fr-hint-text">{legendHint}</span>}
      </legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        return (
          <div key={choice.value} className={inline ? 'fr-fieldset__element fr-fieldset__element--inline' : 'fr-fieldset__element'}>
            <div className="fr-radio-group fr-radio-group--sm">
              <input type="radio" id={inputId} name={id} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              <label className="fr-label" htmlFor={inputId} lang={choice.lang}>
                {choice.label}
                {choice.hint && <span className="fr-hint-text">{choice.hint}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
