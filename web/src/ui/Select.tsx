import type { ReactNode } from 'react';
import { cx } from './cx';
import { HintAndError, LabelText } from './FieldParts';
import { describedBy, useField } from './form-context';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** A first, empty choice (e.g. "not set"); its value is ''. */
  emptyOption?: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  required?: boolean;
}

/** A labelled native select: the most reliable list picker for touch, keyboard and screen readers. */
export function Select({
  name,
  label,
  value,
  onChange,
  options,
  emptyOption,
  hint,
  error,
  optional,
  required,
}: SelectProps) {
  const ids = useField(name, label, error);
  return (
    <div className={cx('field', ids.error && 'field--error')}>
      <label className="field__label" htmlFor={ids.id}>
        <LabelText label={label} optional={optional} />
      </label>
      <HintAndError ids={ids} hint={hint} />
      <select
        id={ids.id}
        name={name}
        value={value}
        required={required}
        className={cx('input', 'input--select', ids.error && 'input--error')}
        aria-invalid={ids.error ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(hint))}
        onChange={(e) => onChange(e.target.value)}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
