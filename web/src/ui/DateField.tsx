import { useState, type ReactNode } from 'react';
import { parseDisplayDate, type IsoDate } from '@valiza/domain';
import { formatDate } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { TextField } from './TextField';

interface DateFieldProps {
  name: string;
  label: string;
  /** The day as an ISO date, or '' for none. */
  value: IsoDate | '';
  /** Called with each complete, real day typed (or '' when the field is emptied). */
  onChange: (value: IsoDate | '') => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

/**
 * A date typed as дд.мм.рррр — the same on every browser and in both languages, unlike the
 * browser's own date input, which shows the format of the computer's settings. The parent keeps
 * an ISO date; what is half typed stays in the field until it makes a real day.
 */
export function DateField({ name, label, value, onChange, hint, error, optional }: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(value ? formatDate(value) : '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // Changed from outside (the previous/next buttons, a reset): show the new day.
    setShown(value);
    setText(value ? formatDate(value) : '');
  }
  return (
    <TextField
      name={name}
      label={label}
      value={text}
      hint={hint ?? t('common.dateHint')}
      error={error}
      optional={optional}
      width="short"
      inputMode="numeric"
      autoComplete="off"
      onChange={(typed) => {
        setText(typed);
        const day = typed.trim() === '' ? '' : parseDisplayDate(typed);
        if (day === null) return;
        setShown(day);
        onChange(day);
      }}
    />
  );
}
