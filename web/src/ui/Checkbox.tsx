import type { ReactNode } from 'react';
import { cx } from './cx';
import { HintAndError, LabelText } from './FieldParts';
import { describedBy, useField } from './form-context';

interface CheckboxProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A plain explanation under the label. */
  hint?: ReactNode;
  error?: string;
}

/** A large checkbox with its label and explanation; the whole row is a touch target. */
export function Checkbox({ name, label, checked, onChange, hint, error }: CheckboxProps) {
  const ids = useField(name, label, error);
  return (
    <div className={cx('checkbox', ids.error && 'field--error')}>
      <input
        id={ids.id}
        name={name}
        type="checkbox"
        className="checkbox__input"
        checked={checked}
        aria-invalid={ids.error ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(hint))}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div className="checkbox__text">
        <label className="checkbox__label" htmlFor={ids.id}>
          <LabelText label={label} />
        </label>
        <HintAndError ids={ids} hint={hint} />
      </div>
    </div>
  );
}

interface CheckboxGroupProps {
  /** The body path of the whole group (e.g. `roles`); its errors are shown under the legend. */
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A fieldset of checkboxes with one legend, hint and error for the group. */
export function CheckboxGroup({ name, legend, hint, error, children }: CheckboxGroupProps) {
  const ids = useField(name, legend, error);
  return (
    <fieldset
      id={ids.id}
      tabIndex={-1}
      className={cx('fieldset', ids.error && 'field--error')}
      aria-describedby={describedBy(ids, Boolean(hint))}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <HintAndError ids={ids} hint={hint} />
      <div className="fieldset__items">{children}</div>
    </fieldset>
  );
}
