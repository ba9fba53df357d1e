import { useT } from '../../i18n/i18n-context';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import { WEEKDAYS, type DayDraft, type HoursDraft } from './working-hours';

interface WorkingHoursEditorProps {
  value: HoursDraft;
  onChange: (value: HoursDraft) => void;
}

/** One row per weekday: a "closed" box, and the opening and closing times of an open day. */
export function WorkingHoursEditor({ value, onChange }: WorkingHoursEditorProps) {
  const t = useT();
  const change = (day: keyof HoursDraft, patch: Partial<DayDraft>) =>
    onChange({ ...value, [day]: { ...value[day], ...patch } });

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('centre.hours')}</legend>
      <p className="field__hint">{t('centre.hours.hint')}</p>
      <div className="rows">
        {WEEKDAYS.map((day) => {
          const hours = value[day];
          const dayName = t(`weekday.${day}`);
          return (
            <div key={day} className="row-edit" role="group" aria-label={dayName}>
              <span className="row-edit__title" aria-hidden="true">
                {dayName}
              </span>
              <Checkbox
                name={`workingHours.${day}.closed`}
                label={t('centre.hours.closed')}
                checked={!hours.open}
                onChange={(closed) => change(day, { open: !closed })}
              />
              {hours.open && (
                <>
                  <TextField
                    name={`workingHours.${day}.from`}
                    label={t('centre.hours.from')}
                    inputMode="decimal"
                    width="time"
                    value={hours.from}
                    onChange={(from) => change(day, { from })}
                  />
                  <TextField
                    name={`workingHours.${day}.to`}
                    label={t('centre.hours.to')}
                    inputMode="decimal"
                    width="time"
                    value={hours.to}
                    onChange={(to) => change(day, { to })}
                  />
                </>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
