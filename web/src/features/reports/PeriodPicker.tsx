import { useT } from '../../i18n/i18n-context';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { parseDisplayDate } from '@valiza/domain';
import type { PeriodChoice, PeriodKind } from './reports-api';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'range'];

/** Month, quarter, year or two dates; changes apply at once. */
export function PeriodPicker({
  value,
  onChange,
  thisYear,
}: {
  value: PeriodChoice;
  onChange: (next: PeriodChoice) => void;
  thisYear: number;
}) {
  const t = useT();
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  const badDate = (text: string) =>
    text && !parseDisplayDate(text) ? t('reports.period.badDate') : undefined;
  return (
    <fieldset className="fieldset">
      <legend>{t('reports.period.legend')}</legend>
      <div className="period-picker">
        <Select
          name="kind"
          label={t('reports.period.kind')}
          value={value.kind}
          onChange={(kind) => set({ kind: kind as PeriodKind })}
          options={KINDS.map((k) => ({ value: k, label: t(`reports.period.kind.${k}`) }))}
        />
        {value.kind !== 'range' && (
          <Select
            name="year"
            label={t('reports.period.year')}
            value={value.year}
            onChange={(year) => set({ year })}
            options={years.map((y) => ({ value: y, label: y }))}
          />
        )}
        {value.kind === 'quarter' && (
          <Select
            name="quarter"
            label={t('reports.period.quarter')}
            value={value.quarter}
            onChange={(quarter) => set({ quarter })}
            options={['1', '2', '3', '4'].map((n) => ({
              value: n,
              label: t('reports.period.quarterN', { n }),
            }))}
          />
        )}
        {value.kind === 'month' && (
          <Select
            name="month"
            label={t('reports.period.month')}
            value={value.month}
            onChange={(month) => set({ month })}
            options={Array.from({ length: 12 }, (_, i) => {
              const m = String(i + 1).padStart(2, '0');
              return { value: m, label: m };
            })}
          />
        )}
        {value.kind === 'range' && (
          <>
            <TextField
              name="from"
              label={t('reports.period.from')}
              value={value.from}
              width="medium"
              onChange={(from) => set({ from })}
              error={badDate(value.from)}
            />
            <TextField
              name="to"
              label={t('reports.period.to')}
              value={value.to}
              width="medium"
              onChange={(to) => set({ to })}
              error={badDate(value.to)}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}
