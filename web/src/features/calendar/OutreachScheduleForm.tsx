import { useState } from 'react';
import {
  ChangeOutreachScheduleBody,
  CreateOutreachScheduleBody,
  OutreachSchedule,
  type CrewMember,
  type Kit,
  type OutreachPoint,
} from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { normaliseTime } from '../../i18n/parse';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { fieldProblems, validate } from '../../ui/validate';
import { scheduling } from '../planning/scheduling-errors';
import { AdministratorChecks, KitSelect, TimeWindowFields } from '../planning/visit-fields';
import { parseDateList, parseShownDate } from './calendar-logic';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Rule = CreateOutreachScheduleBody['rule'];

interface OutreachScheduleFormProps {
  /** The schedule to change, or null for a new one. */
  schedule: OutreachSchedule | null;
  points: readonly OutreachPoint[];
  crew: readonly CrewMember[];
  kits: readonly Kit[];
  onSaved: (schedule: OutreachSchedule) => void;
  onCancel?: () => void;
}

const shown = (date: string | null | undefined) => (date ? formatDate(date) : '');

/**
 * A head's form for a recurring outreach schedule: a new one, or a change to one (sent with the
 * version it showed; the future sessions and the visits booked into them follow on the server).
 */
export function OutreachScheduleForm({
  schedule: s,
  points,
  crew,
  kits,
  onSaved,
  onCancel,
}: OutreachScheduleFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [pointId, setPointId] = useState(s?.outreachPointId ?? '');
  const [frequency, setFrequency] = useState<Rule['frequency']>(s?.rule.frequency ?? 'weekly');
  const [weekday, setWeekday] = useState(String(s?.rule.weekday ?? 2));
  const [nth, setNth] = useState(String(s?.rule.frequency === 'monthly' ? s.rule.nth : 1));
  const [startTime, setStartTime] = useState(s?.startTime ?? '10:00');
  const [endTime, setEndTime] = useState(s?.endTime ?? '13:00');
  const [validFrom, setValidFrom] = useState(shown(s?.validFrom));
  const [validUntil, setValidUntil] = useState(shown(s?.validUntil));
  const [exceptions, setExceptions] = useState((s?.exceptions ?? []).map(formatDate).join(', '));
  const [staffIds, setStaffIds] = useState<string[]>(s?.staffIds ?? []);
  const [kitId, setKitId] = useState(s?.kitId ?? '');
  const [active, setActive] = useState(s?.active ?? true);

  const save = async () => {
    const list = parseDateList(exceptions);
    if (list.bad.length)
      throw fieldProblems(
        [{ path: 'exceptions', message: t('outreachPlan.exceptions.bad', { bad: list.bad.join(', ') }) }],
        locale,
      );
    const fields = {
      outreachPointId: pointId,
      rule:
        frequency === 'monthly'
          ? { frequency, weekday: Number(weekday), nth: Number(nth) }
          : { frequency, weekday: Number(weekday) },
      startTime: normaliseTime(startTime),
      endTime: normaliseTime(endTime),
      validFrom: parseShownDate(validFrom) ?? validFrom,
      validUntil: validUntil ? (parseShownDate(validUntil) ?? validUntil) : null,
      exceptions: list.dates,
      staffIds,
      kitId,
      active,
    };
    const saved = s
      ? await scheduling(() =>
          api.put(
            `/api/v1/outreach-schedules/${s.id}`,
            validate(ChangeOutreachScheduleBody, { ...fields, version: s.version }, locale),
            OutreachSchedule,
          ),
        )
      : await scheduling(() =>
          api.post(
            '/api/v1/outreach-schedules',
            validate(CreateOutreachScheduleBody, fields, locale),
            OutreachSchedule,
          ),
        );
    onSaved(saved);
  };

  return (
    <Form
      onSubmit={save}
      submitLabel={s ? t('outreachPlan.save') : t('outreachPlan.add')}
      aria-label={s ? t('outreachPlan.edit.title') : t('outreachPlan.add')}
      actions={
        onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )
      }
    >
      <Select
        name="outreachPointId"
        label={t('outreachPlan.point')}
        value={pointId}
        onChange={setPointId}
        emptyOption={t('common.choose')}
        options={points
          .filter((p) => p.active || p.id === s?.outreachPointId)
          .map((p) => ({ value: p.id, label: p.name }))}
      />
      <div className="row-edit">
        <Select
          name="rule.frequency"
          label={t('outreachPlan.frequency')}
          value={frequency}
          onChange={(v) => setFrequency(v as Rule['frequency'])}
          options={(['weekly', 'biweekly', 'monthly'] as const).map((f) => ({
            value: f,
            label: t(`outreachPlan.frequency.${f}`),
          }))}
        />
        <Select
          name="rule.weekday"
          label={t('outreachPlan.weekday')}
          value={weekday}
          onChange={setWeekday}
          options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: t(`weekday.${d}`) }))}
        />
        {frequency === 'monthly' && (
          <Select
            name="rule.nth"
            label={t('outreachPlan.nth')}
            value={nth}
            onChange={setNth}
            options={['1', '2', '3', '4', '-1'].map((n) => ({
              value: n,
              label: t(`outreachPlan.nth.${n as '1'}`),
            }))}
          />
        )}
      </div>
      <div className="row-edit">
        <TimeWindowFields
          startTime={startTime}
          endTime={endTime}
          onStartTime={setStartTime}
          onEndTime={setEndTime}
        />
        <TextField
          name="validFrom"
          label={t('outreachPlan.validFromField')}
          hint={t('staffTime.date.hint')}
          width="short"
          value={validFrom}
          onChange={setValidFrom}
        />
        <TextField
          name="validUntil"
          label={t('outreachPlan.validUntil')}
          hint={t('staffTime.date.hint')}
          width="short"
          value={validUntil}
          onChange={setValidUntil}
          optional
        />
      </div>
      <TextField
        name="exceptions"
        label={t('outreachPlan.exceptions')}
        hint={t('outreachPlan.exceptions.hint')}
        value={exceptions}
        onChange={setExceptions}
        optional
      />
      <AdministratorChecks crew={crew} value={staffIds} onChange={setStaffIds} />
      <KitSelect kits={kits} value={kitId} onChange={setKitId} />
      {s && (
        <Checkbox
          name="active"
          label={t('outreachPlan.active')}
          hint={t('outreachPlan.active.hint')}
          checked={active}
          onChange={setActive}
        />
      )}
    </Form>
  );
}
