import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';
import { HintAndError, LabelText } from './FieldParts';
import { describedBy, useField } from './form-context';

export interface TextFieldProps {
  /** The dotted path of the value in the request body; errors on that path land here. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  required?: boolean;
  type?: 'text' | 'password' | 'email' | 'tel' | 'time' | 'date' | 'url' | 'search';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** A several-line text area instead of one line. */
  multiline?: boolean;
  rows?: number;
  width?: 'time' | 'short' | 'medium' | 'long';
  spellCheck?: boolean;
  autoCapitalize?: string;
}

/** A labelled text input with an optional hint and an error, both bound by aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { name, label, value, onChange, hint, optional, type = 'text', width = 'long' } = props;
  const ids = useField(name, label, props.error);
  const common = {
    id: ids.id,
    name,
    value,
    className: cx('input', `input--${width}`, ids.error && 'input--error'),
    'aria-invalid': ids.error ? true : undefined,
    'aria-describedby': describedBy(ids, Boolean(hint)),
    required: props.required,
    autoComplete: props.autoComplete,
    spellCheck: props.spellCheck,
    autoCapitalize: props.autoCapitalize,
  };
  return (
    <div className={cx('field', ids.error && 'field--error')}>
      <label className="field__label" htmlFor={ids.id}>
        <LabelText label={label} optional={optional} />
      </label>
      <HintAndError ids={ids} hint={hint} />
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={props.inputMode}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
