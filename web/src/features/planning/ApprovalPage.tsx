import { useState } from 'react';
import { ApprovePlansBody, type PlanSummary } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate, formatDateTime } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Button, LinkButton } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { DayPicker } from './DayPicker';
import { ApprovalList, PlanSummaryList } from './planning-api';
import { daysToApprove, versionsOf, weekOf } from './planning-logic';
import { PlanStateTag } from './PlanStateTag';
import { scheduling } from './scheduling-errors';
import { useDayParam } from './use-day-param';
import './planning.css';

/**
 * The head approves a week (or one day) against the versions shown; a day changed after approval is
 * marked and needs approving again. Each day's approvals are listed with their time and contents.
 */
export function ApprovalPage() {
  const t = useT();
  const { locale } = useLocale();
  const [day, setDay] = useDayParam();
  const week = weekOf(day);
  const from = week[0]!;
  const to = week[6]!;
  const summaries = useApiGet(`/api/v1/plans?from=${from}&to=${to}`, PlanSummaryList);
  const [historyDay, setHistoryDay] = useState<string | null>(null);
  const history = useApiGet(historyDay ? `/api/v1/plans/${historyDay}/approvals` : null, ApprovalList);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const approve = async (days: readonly PlanSummary[]) => {
    const body = validate(
      ApprovePlansBody,
      {
        from: days[0]!.day,
        to: days[days.length - 1]!.day,
        versions: versionsOf(days),
        kitNotReadyReason: textOrNull(reason),
      },
      locale,
    );
    await scheduling(() => api.post('/api/v1/plans/approve', body));
    setDone(
      days.length === 1
        ? t('planning.approval.doneDay', { day: formatDate(days[0]!.day) })
        : t('planning.approval.doneWeek', {
            from: formatDate(days[0]!.day),
            to: formatDate(days[days.length - 1]!.day),
          }),
    );
    summaries.reload();
    if (historyDay) history.reload();
  };

  return (
    <>
      <PageHeader
        title={t('planning.approval.title')}
        lead={<p>{t('planning.approval.lead')}</p>}
        actions={<LinkButton to={`/planning?day=${day}`}>{t('planning.toBoard')}</LinkButton>}
      />
      <DayPicker
        day={day}
        step={7}
        onChange={(next) => {
          setDone(null);
          setDay(next);
        }}
      />
      {done && <Notice tone="success">{done}</Notice>}
      <Loaded resource={summaries}>
        {(data) => {
          const pending = daysToApprove(data.items);
          return (
            <>
              <DataTable
                caption={t('planning.approval.caption', { from: formatDate(from), to: formatDate(to) })}
                columns={[
                  { key: 'day', header: t('planning.approval.day'), cell: (d) => formatDate(d.day) },
                  { key: 'state', header: t('common.status'), cell: (d) => <PlanStateTag state={d.state} /> },
                  { key: 'version', header: t('planning.approval.version'), cell: (d) => d.version },
                  { key: 'visits', header: t('planning.approval.visits'), cell: (d) => d.visitCount },
                  { key: 'sessions', header: t('planning.approval.sessions'), cell: (d) => d.sessionCount },
                  {
                    key: 'approved',
                    header: t('planning.approval.approvedAt'),
                    cell: (d) =>
                      d.approvedAt
                        ? t('planning.approval.approvedLine', {
                            n: d.approvals,
                            at: formatDateTime(d.approvedAt),
                          })
                        : '',
                  },
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    cell: (d) => (
                      <div className="button-row">
                        <LinkButton to={`/planning?day=${d.day}`}>
                          {t('planning.approval.open')}
                          <span className="visually-hidden"> {formatDate(d.day)}</span>
                        </LinkButton>
                        {d.approvals > 0 && (
                          <Button onClick={() => setHistoryDay(d.day)}>
                            {t('planning.approval.history')}
                            <span className="visually-hidden"> {formatDate(d.day)}</span>
                          </Button>
                        )}
                      </div>
                    ),
                  },
                ]}
                rows={data.items}
                rowKey={(d) => d.day}
              />
              {pending.length === 0 ? (
                <p>{t('planning.approval.nothing')}</p>
              ) : (
                <Form
                  onSubmit={() => approve(data.items)}
                  submitLabel={t('planning.approval.approveWeek', { n: pending.length })}
                >
                  <p>
                    {t('planning.approval.pending', {
                      days: pending.map((d) => formatDate(d.day)).join(', '),
                    })}
                  </p>
                  <TextField
                    name="kitNotReadyReason"
                    label={t('planning.approval.kitReason')}
                    hint={t('planning.approval.kitReason.hint')}
                    value={reason}
                    onChange={setReason}
                    multiline
                    rows={2}
                    optional
                  />
                </Form>
              )}
              {pending.length > 0 &&
                pending.map((d) => (
                  <Form
                    key={d.day}
                    onSubmit={() => approve([d])}
                    submitLabel={t('planning.approval.approveDay', { day: formatDate(d.day) })}
                  >
                    {null}
                  </Form>
                ))}
            </>
          );
        }}
      </Loaded>
      {historyDay && (
        <section aria-labelledby="history-title" className="panel">
          <h2 id="history-title">{t('planning.approval.historyTitle', { day: formatDate(historyDay) })}</h2>
          <Loaded resource={history}>
            {(data) => (
              <ol>
                {data.items.map((a) => (
                  <li key={a.id}>
                    {t('planning.approval.snapshot', {
                      n: a.number,
                      at: formatDateTime(a.approvedAt),
                      visits: a.snapshot.visits.length,
                      sessions: a.snapshot.sessions.length,
                    })}
                    {a.kitReasons.length > 0 && (
                      <>
                        {' '}
                        ·{' '}
                        {t('planning.approval.kitReasons', {
                          reasons: a.kitReasons.map((k) => k.reason).join('; '),
                        })}
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Loaded>
        </section>
      )}
    </>
  );
}
