import { type MarkCallBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { formatDate, formatDateTime, formatPhone } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { FailureNotice, Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { DayPicker } from './DayPicker';
import { CallList, OutboxList } from './planning-api';
import { useAction } from './use-action';
import { useDayParam } from './use-day-param';
import './planning.css';

/**
 * The operators' calls of a day — people without a mobile phone, told by a call what a text would
 * have said — and, for the head, the day's text messages and their state.
 */
export function CallListPage() {
  const t = useT();
  const me = useMe();
  const [day, setDay] = useDayParam();
  const calls = useApiGet(`/api/v1/call-list?day=${day}`, CallList);
  const isHead = me.roles.includes('head');
  const outbox = useApiGet(isHead ? `/api/v1/sms-outbox?day=${day}` : null, OutboxList);
  const mark = useAction(async (id: string, status: MarkCallBody['status']) => {
    await api.post(`/api/v1/call-list/${id}/mark`, { status });
    calls.reload();
  });

  return (
    <>
      <PageHeader title={t('calls.title')} lead={<p>{t('calls.lead')}</p>} />
      <DayPicker day={day} onChange={setDay} />
      {mark.failure ? <FailureNotice failure={mark.failure} /> : null}
      <Loaded resource={calls}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('calls.empty', { day: formatDate(day) })} />
          ) : (
            <DataTable
              caption={t('calls.caption', { day: formatDate(day) })}
              columns={[
                {
                  key: 'who',
                  header: t('calls.applicant'),
                  cell: (c) => `${c.applicantName} · ${c.requestNumber}`,
                },
                {
                  key: 'phone',
                  header: t('calls.phone'),
                  cell: (c) => (c.phone ? formatPhone(c.phone) : t('calls.noPhone')),
                },
                { key: 'message', header: t('calls.message'), cell: (c) => c.message },
                { key: 'kind', header: t('calls.kind'), cell: (c) => t(`calls.kind.${c.kind}`) },
                {
                  key: 'status',
                  header: t('common.status'),
                  cell: (c) =>
                    c.status === 'pending'
                      ? t('calls.status.pending')
                      : t(`calls.status.${c.status}`) +
                        (c.markedAt ? ` · ${formatDateTime(c.markedAt)}` : ''),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  cell: (c) => (
                    <div className="button-row">
                      <Button
                        variant="primary"
                        disabled={mark.busy}
                        onClick={() => void mark.start(c.id, 'called')}
                      >
                        {t('calls.markCalled')}
                        <span className="visually-hidden"> {c.applicantName}</span>
                      </Button>
                      <Button disabled={mark.busy} onClick={() => void mark.start(c.id, 'not_reached')}>
                        {t('calls.markNotReached')}
                        <span className="visually-hidden"> {c.applicantName}</span>
                      </Button>
                    </div>
                  ),
                },
              ]}
              rows={data.items}
              rowKey={(c) => c.id}
            />
          )
        }
      </Loaded>
      {isHead && (
        <section aria-labelledby="outbox-title">
          <h2 id="outbox-title">{t('calls.outbox.title')}</h2>
          <Loaded resource={outbox}>
            {(data) =>
              data.items.length === 0 ? (
                <p>{t('calls.outbox.empty')}</p>
              ) : (
                <DataTable
                  caption={t('calls.outbox.caption', { day: formatDate(day) })}
                  captionHidden
                  columns={[
                    {
                      key: 'at',
                      header: t('calls.outbox.createdAt'),
                      cell: (m) => formatDateTime(m.createdAt),
                    },
                    { key: 'kind', header: t('calls.kind'), cell: (m) => t(`calls.kind.${m.kind}`) },
                    {
                      key: 'status',
                      header: t('common.status'),
                      cell: (m) => t(`calls.outbox.status.${m.status}`),
                    },
                    { key: 'attempts', header: t('calls.outbox.attempts'), cell: (m) => m.attempts },
                  ]}
                  rows={data.items}
                  rowKey={(m) => m.id}
                />
              )
            }
          </Loaded>
        </section>
      )}
    </>
  );
}
