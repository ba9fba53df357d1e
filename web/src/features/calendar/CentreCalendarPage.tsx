import { addDays, CalendarDay, CentreCalendar, MartialLawBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../planning/use-action';
import { useDayParam } from '../planning/use-day-param';
import { monthOf } from './calendar-logic';
import '../planning/planning.css';

const WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * The centre's working days month by month — weekends, public holidays, transfers and the centre's
 * own days — with the martial-law switch. The head marks extra days off and working days.
 */
export function CentreCalendarPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const isHead = me.roles.includes('head');
  const [day, setDay] = useDayParam();
  const { from, to } = monthOf(day);
  const calendar = useApiGet(`/api/v1/calendar?from=${from}&to=${to}`, CentreCalendar);
  const change = useAction(async (run: () => Promise<unknown>) => {
    await run();
    calendar.reload();
  });
  const mark = (date: string, kind: 'day_off' | 'working_day') =>
    void change.start(() => api.put(`/api/v1/calendar/days/${date}`, { kind }, CalendarDay));
  const unmark = (date: string) => void change.start(() => api.delete(`/api/v1/calendar/days/${date}`));

  return (
    <>
      <PageHeader title={t('calendar.title')} lead={<p>{t('calendar.lead')}</p>} />
      <div className="day-bar">
        <Button onClick={() => setDay(addDays(from, -1))}>{t('calendar.month.previous')}</Button>
        <strong>{t('calendar.month', { from: formatDate(from), to: formatDate(to) })}</strong>
        <Button onClick={() => setDay(addDays(to, 1))}>{t('calendar.month.next')}</Button>
      </div>
      {change.failure ? <FailureNotice failure={change.failure} /> : null}
      <Loaded resource={calendar}>
        {(data) => (
          <>
            <p>
              {data.martialLaw ? t('calendar.martialLaw.on') : t('calendar.martialLaw.off')}{' '}
              {isHead && (
                <Button
                  busy={change.busy}
                  onClick={() =>
                    void change.start(() =>
                      api.put(
                        '/api/v1/calendar/martial-law',
                        { martialLaw: !data.martialLaw },
                        MartialLawBody,
                      ),
                    )
                  }
                >
                  {data.martialLaw ? t('calendar.martialLaw.switchOff') : t('calendar.martialLaw.switchOn')}
                </Button>
              )}
            </p>
            <DataTable
              caption={t('calendar.caption')}
              captionHidden
              columns={[
                {
                  key: 'date',
                  header: t('calendar.date'),
                  cell: (d) =>
                    `${formatDate(d.date)}, ${t(`weekday.${WEEKDAY[new Date(`${d.date}T12:00:00Z`).getUTCDay()]!}`)}`,
                },
                {
                  key: 'working',
                  header: t('common.status'),
                  cell: (d) => (
                    <span className={d.working ? 'tag tag--on' : 'tag tag--off'}>
                      {d.working ? t('calendar.working') : t('calendar.dayOff')}
                    </span>
                  ),
                },
                {
                  key: 'why',
                  header: t('calendar.why'),
                  cell: (d) =>
                    [
                      ...d.reasons.map((r) => t(`calendar.reason.${r}`)),
                      d.holiday ? d.holiday[locale] : null,
                      d.centreDay?.note ?? null,
                    ]
                      .filter(Boolean)
                      .join(' · '),
                },
                ...(isHead
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        cell: (d: CalendarDay) =>
                          d.centreDay ? (
                            <Button onClick={() => unmark(d.date)}>
                              {t('calendar.unmark')}
                              <span className="visually-hidden"> {formatDate(d.date)}</span>
                            </Button>
                          ) : (
                            <Button onClick={() => mark(d.date, d.working ? 'day_off' : 'working_day')}>
                              {d.working ? t('calendar.markDayOff') : t('calendar.markWorking')}
                              <span className="visually-hidden"> {formatDate(d.date)}</span>
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
              rows={data.days}
              rowKey={(d) => d.date}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
