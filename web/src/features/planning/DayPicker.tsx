import { addDays, type IsoDate } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';

interface DayPickerProps {
  day: IsoDate;
  onChange: (day: IsoDate) => void;
  /** Step of the previous/next buttons: 1 for a day, 7 for a week. */
  step?: 1 | 7;
}

/** A date field with previous and next buttons (large targets for a touch screen). */
export function DayPicker({ day, onChange, step = 1 }: DayPickerProps) {
  const t = useT();
  return (
    <div className="day-bar">
      <Button onClick={() => onChange(addDays(day, -step))}>
        {step === 7 ? t('planning.week.previous') : t('planning.day.previous')}
      </Button>
      <DateField
        name="day"
        label={t('planning.day.label')}
        value={day}
        onChange={(picked) => {
          if (picked) onChange(picked);
        }}
      />
      <Button onClick={() => onChange(addDays(day, step))}>
        {step === 7 ? t('planning.week.next') : t('planning.day.next')}
      </Button>
    </div>
  );
}
