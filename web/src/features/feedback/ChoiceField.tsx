import type { ReactNode } from 'react';
import { describedBy, useField } from '../../ui/form-context';
import { HintAndError } from '../../ui/FieldParts';
import { cx } from '../../ui/cx';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldProps {
  /** The body path of the answer; its errors are shown under the legend. */
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  hint?: ReactNode;
  /** Lays short choices (scores 1–5) side by side. */
  inline?: boolean;
}

/**
 * One answer out of a few, as large radio buttons in a fieldset: easier to hit on a touch screen and
 * clearer to a screen reader than a list picker when there are five choices or fewer.
 */
export function ChoiceField({ name, legend, value, onChange, choices, hint, inline }: ChoiceFieldProps) {
  const ids = useField(name, legend);
  return (
    <fieldset
      id={ids.id}
      tabIndex={-1}
      className={cx('fieldset', ids.error && 'field--error')}
      aria-describedby={describedBy(ids, Boolean(hint))}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <HintAndError ids={ids} hint={hint} />
      <div className={cx('fieldset__items', inline && 'choices--inline')}>
        {choices.map((choice) => {
          const id = `${ids.id}-${choice.value}`;
          return (
            <div className="checkbox" key={choice.value}>
              <input
                id={id}
                type="radio"
                name={name}
                className="checkbox__input"
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
              />
              <div className="checkbox__text">
                <label className="checkbox__label" htmlFor={id}>
                  {choice.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The five scores as choices. */
export const SCORE_CHOICES: readonly Choice[] = ['1', '2', '3', '4', '5'].map((n) => ({
  value: n,
  label: n,
}));

/** A score picked in a ChoiceField ('' when none yet). */
export const scoreOf = (value: string): number | null => (value ? Number(value) : null);
