import { useId } from 'react';
import { addDays, type IsoDate } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';

interface DayPickerProps {
  day: IsoDate;
  onChange: (day: IsoDate) => void;
  /** Step of the previous/next buttons: 1 for a day, 7 for a week. */
  step?: 1 | 7;
}

/** A date field with previous and next buttons (large targets for a touch screen). */
export function DayPicker({ day, onChange, step = 1 }: DayPickerProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="day-bar">
      <Button onClick={() => onChange(addDays(day, -step))}>
        {step === 7 ? t('planning.week.previous') : t('planning.day.previous')}
      </Button>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('planning.day.label')}
        </label>
        <input
          id={id}
          className="input"
          type="date"
          value={day}
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
          }}
        />
      </div>
      <Button onClick={() => onChange(addDays(day, step))}>
        {step === 7 ? t('planning.week.next') : t('planning.day.next')}
      </Button>
    </div>
  );
}
