import { useState } from 'react';
import {
  addDays,
  civilDateIn,
  CreateOutreachScheduleBody,
  OutreachSchedule,
  OutreachSession,
} from '@valiza/domain';
import { api } from '../../api/client';
import { itemsOf } from '../../api/lists';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { normaliseTime } from '../../i18n/parse';
import { Button } from '../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';
import { DataTable } from '../../ui/DataTable';
import { Form } from '../../ui/Form';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { fieldProblems, validate } from '../../ui/validate';
import { OutreachPointList } from '../outreach/outreach-api';
import { KitList, SessionList, StaffCrewList } from '../planning/planning-api';
import { useAction } from '../planning/use-action';
import { parseDateList, parseShownDate } from './calendar-logic';
import '../planning/planning.css';

const ScheduleList = itemsOf(OutreachSchedule);
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Rule = CreateOutreachScheduleBody['rule'];

/** Outreach schedules with their recurrence and exceptions, and the sessions of the next four weeks. */
export function OutreachSchedulesPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const isHead = me.roles.includes('head');
  const today = civilDateIn(new Date());
  const schedules = useApiGet('/api/v1/outreach-schedules', ScheduleList);
  const sessions = useApiGet(`/api/v1/outreach-sessions?from=${today}&to=${addDays(today, 28)}`, SessionList);
  const points = useApiGet('/api/v1/outreach-points', OutreachPointList);
  const crew = useApiGet(isHead ? '/api/v1/planning/crew' : null, StaffCrewList);
  const kits = useApiGet('/api/v1/kits', KitList);
  const [pointId, setPointId] = useState('');
  const [frequency, setFrequency] = useState<Rule['frequency']>('weekly');
  const [weekday, setWeekday] = useState('2');
  const [nth, setNth] = useState('1');
  const [startTime, setStartTime] = useState('10:00');
  const [endTime, setEndTime] = useState('13:00');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [exceptions, setExceptions] = useState('');
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [kitId, setKitId] = useState('');
  const cancel = useAction(async (id: string) => {
    await api.post(`/api/v1/outreach-sessions/${id}/cancel`, {}, OutreachSession);
    sessions.reload();
  });

  const describeRule = (rule: Rule) => {
    const day = t(`weekday.${WEEKDAYS[rule.weekday - 1]!}`);
    if (rule.frequency === 'monthly')
      return rule.nth === -1
        ? t('outreachPlan.rule.lastOfMonth', { day })
        : t('outreachPlan.rule.nthOfMonth', { day, n: rule.nth });
    return t(`outreachPlan.rule.${rule.frequency}`, { day });
  };

  const create = async () => {
    const list = parseDateList(exceptions);
    if (list.bad.length)
      throw fieldProblems(
        [{ path: 'exceptions', message: t('outreachPlan.exceptions.bad', { bad: list.bad.join(', ') }) }],
        locale,
      );
    const rule =
      frequency === 'monthly'
        ? { frequency, weekday: Number(weekday), nth: Number(nth) }
        : { frequency, weekday: Number(weekday) };
    const body = validate(
      CreateOutreachScheduleBody,
      {
        outreachPointId: pointId,
        rule,
        startTime: normaliseTime(startTime),
        endTime: normaliseTime(endTime),
        validFrom: parseShownDate(validFrom) ?? validFrom,
        validUntil: validUntil ? (parseShownDate(validUntil) ?? validUntil) : null,
        exceptions: list.dates,
        staffIds,
        kitId,
      },
      locale,
    );
    await api.post('/api/v1/outreach-schedules', body, OutreachSchedule);
    schedules.reload();
    sessions.reload();
  };

  return (
    <>
      <PageHeader title={t('outreachPlan.title')} lead={<p>{t('outreachPlan.lead')}</p>} />
      <Loaded resource={schedules} waitFor={[points, kits]}>
        {(data) => {
          const pointName = new Map((points.data?.items ?? []).map((p) => [p.id, p.name]));
          const kitCode = new Map((kits.data?.items ?? []).map((k) => [k.id, k.code]));
          return data.items.length === 0 ? (
            <p>{t('outreachPlan.empty')}</p>
          ) : (
            <DataTable
              caption={t('outreachPlan.caption')}
              captionHidden
              columns={[
                {
                  key: 'point',
                  header: t('outreachPlan.point'),
                  cell: (s) => pointName.get(s.outreachPointId) ?? '',
                },
                {
                  key: 'rule',
                  header: t('outreachPlan.rule'),
                  cell: (s) => `${describeRule(s.rule)}, ${s.startTime}–${s.endTime}`,
                },
                {
                  key: 'valid',
                  header: t('outreachPlan.valid'),
                  cell: (s) =>
                    s.validUntil
                      ? `${formatDate(s.validFrom)} – ${formatDate(s.validUntil)}`
                      : t('outreachPlan.validFrom', { from: formatDate(s.validFrom) }),
                },
                {
                  key: 'exceptions',
                  header: t('outreachPlan.exceptions'),
                  cell: (s) => s.exceptions.map(formatDate).join(', '),
                },
                { key: 'kit', header: t('planning.place.kit'), cell: (s) => kitCode.get(s.kitId) ?? '' },
              ]}
              rows={data.items}
              rowKey={(s) => s.id}
            />
          );
        }}
      </Loaded>
      {isHead && (
        <>
          <h2>{t('outreachPlan.add')}</h2>
          <Form onSubmit={create} submitLabel={t('outreachPlan.add')}>
            <Select
              name="outreachPointId"
              label={t('outreachPlan.point')}
              value={pointId}
              onChange={setPointId}
              emptyOption={t('common.choose')}
              options={(points.data?.items ?? [])
                .filter((p) => p.active)
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
              <TextField
                name="startTime"
                label={t('planning.place.start')}
                type="time"
                width="time"
                value={startTime}
                onChange={setStartTime}
              />
              <TextField
                name="endTime"
                label={t('planning.place.end')}
                type="time"
                width="time"
                value={endTime}
                onChange={setEndTime}
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
            <CheckboxGroup name="staffIds" legend={t('planning.place.staff')}>
              {(crew.data?.items ?? [])
                .filter((c) => c.roles.includes('administrator'))
                .map((c) => (
                  <Checkbox
                    key={c.id}
                    name={`staffIds.${c.id}`}
                    label={c.name}
                    checked={staffIds.includes(c.id)}
                    onChange={(on) =>
                      setStaffIds(on ? [...staffIds, c.id] : staffIds.filter((x) => x !== c.id))
                    }
                  />
                ))}
            </CheckboxGroup>
            <Select
              name="kitId"
              label={t('planning.place.kit')}
              value={kitId}
              onChange={setKitId}
              emptyOption={t('common.choose')}
              options={(kits.data?.items ?? [])
                .filter((k) => k.active)
                .map((k) => ({ value: k.id, label: k.code }))}
            />
          </Form>
        </>
      )}
      <h2>{t('outreachPlan.sessions')}</h2>
      {cancel.failure ? <FailureNotice failure={cancel.failure} /> : null}
      <Loaded resource={sessions}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('outreachPlan.sessions.empty')}</p>
          ) : (
            <DataTable
              caption={t('outreachPlan.sessions')}
              captionHidden
              columns={[
                {
                  key: 'day',
                  header: t('planning.approval.day'),
                  cell: (s) => `${formatDate(s.day)}, ${s.startTime}–${s.endTime}`,
                },
                { key: 'point', header: t('outreachPlan.point'), cell: (s) => s.pointName },
                {
                  key: 'booked',
                  header: t('outreachPlan.booked'),
                  cell: (s) =>
                    t('outreachPlan.bookedLine', {
                      n: s.bookings,
                      minutes: s.bookedMinutes,
                      capacity: s.capacityMinutes,
                    }),
                },
                {
                  key: 'status',
                  header: t('common.status'),
                  cell: (s) =>
                    s.status === 'cancelled' ? (
                      t('outreachPlan.cancelled')
                    ) : isHead ? (
                      <Button onClick={() => void cancel.start(s.id)}>
                        {t('outreachPlan.cancel')}
                        <span className="visually-hidden"> {formatDate(s.day)}</span>
                      </Button>
                    ) : (
                      t('outreachPlan.planned')
                    ),
                },
              ]}
              rows={data.items}
              rowKey={(s) => s.id}
            />
          )
        }
      </Loaded>
    </>
  );
}
