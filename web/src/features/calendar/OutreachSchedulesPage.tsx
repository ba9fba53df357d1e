import { useState } from 'react';
import {
  addDays,
  civilDateIn,
  OutreachSchedule,
  OutreachSession,
  type CreateOutreachScheduleBody,
} from '@valiza/domain';
import { api } from '../../api/client';
import { itemsOf } from '../../api/lists';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { StatusTag } from '../../ui/StatusTag';
import { OutreachPointList } from '../outreach/outreach-api';
import { KitList, SessionList, StaffCrewList } from '../planning/planning-api';
import { useAction } from '../planning/use-action';
import { OutreachScheduleForm, WEEKDAYS } from './OutreachScheduleForm';
import '../planning/planning.css';

const ScheduleList = itemsOf(OutreachSchedule);
type Rule = CreateOutreachScheduleBody['rule'];

/**
 * Outreach schedules with their recurrence and exceptions — a head adds them and changes them — and
 * the sessions of the next four weeks.
 */
export function OutreachSchedulesPage() {
  const t = useT();
  const me = useMe();
  const isHead = me.roles.includes('head');
  const today = civilDateIn(new Date());
  const schedules = useApiGet('/api/v1/outreach-schedules', ScheduleList);
  const sessions = useApiGet(`/api/v1/outreach-sessions?from=${today}&to=${addDays(today, 28)}`, SessionList);
  const points = useApiGet('/api/v1/outreach-points', OutreachPointList);
  const crew = useApiGet(isHead ? '/api/v1/planning/crew' : null, StaffCrewList);
  const kits = useApiGet('/api/v1/kits', KitList);
  const [editing, setEditing] = useState<OutreachSchedule | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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

  const pointName = (id: string) => (points.data?.items ?? []).find((p) => p.id === id)?.name ?? '';
  const saved = (schedule: OutreachSchedule, how: 'added' | 'changed') => {
    setEditing(null);
    setNotice(t(`outreachPlan.${how}`, { point: pointName(schedule.outreachPointId) }));
    schedules.reload();
    sessions.reload();
  };
  const formProps = {
    points: points.data?.items ?? [],
    crew: crew.data?.items ?? [],
    kits: kits.data?.items ?? [],
  };

  return (
    <>
      <PageHeader title={t('outreachPlan.title')} lead={<p>{t('outreachPlan.lead')}</p>} />
      <Loaded resource={schedules} waitFor={[points, kits]}>
        {(data) => {
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
                  cell: (s) => pointName(s.outreachPointId),
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
                { key: 'active', header: t('common.status'), cell: (s) => <StatusTag active={s.active} /> },
                ...(isHead
                  ? [
                      {
                        key: 'edit',
                        header: t('outreachPlan.edit'),
                        cell: (s: OutreachSchedule) => (
                          <Button
                            variant="secondary"
                            aria-expanded={editing?.id === s.id}
                            onClick={() => {
                              setNotice(null);
                              setEditing(s);
                            }}
                          >
                            {t('outreachPlan.edit')}
                            <span className="visually-hidden">
                              {' '}
                              {pointName(s.outreachPointId)}, {describeRule(s.rule)}
                            </span>
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
              rows={data.items}
              rowKey={(s) => s.id}
            />
          );
        }}
      </Loaded>
      {notice && <Notice tone="success">{notice}</Notice>}
      {isHead && editing && (
        <section aria-labelledby="schedule-edit-title">
          <h2 id="schedule-edit-title">{t('outreachPlan.edit.title')}</h2>
          <OutreachScheduleForm
            key={`${editing.id}-${editing.version}`}
            schedule={editing}
            {...formProps}
            onSaved={(schedule) => saved(schedule, 'changed')}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      {isHead && !editing && (
        <section aria-labelledby="schedule-add-title">
          <h2 id="schedule-add-title">{t('outreachPlan.add')}</h2>
          <OutreachScheduleForm
            schedule={null}
            {...formProps}
            onSaved={(schedule) => saved(schedule, 'added')}
          />
        </section>
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
