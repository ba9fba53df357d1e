import type { LogbookLine } from '@valiza/domain';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { DataTable, type Column } from '../../ui/DataTable';

/** Logbook lines as a table; the number opens the entry. Late deadlines are said in words. */
export function LineTable({ lines, caption }: { lines: readonly LogbookLine[]; caption: string }) {
  const t = useT();
  const columns: Column<LogbookLine>[] = [
    {
      key: 'number',
      header: t('logbook.col.number'),
      cell: (l) => <Link to={`/logbook/${l.id}`}>{l.number}</Link>,
    },
    { key: 'received', header: t('logbook.col.received'), cell: (l) => formatDateTime(l.receivedAt) },
    { key: 'applicant', header: t('logbook.col.applicant'), cell: (l) => l.applicantName },
    { key: 'service', header: t('logbook.col.service'), cell: (l) => `${l.serviceName} — ${l.provider}` },
    {
      key: 'forwardBy',
      header: t('logbook.col.forwardBy'),
      cell: (l) => (
        <>
          {formatDate(l.forwardBy)}
          {l.overdue === 'forward' && (
            <strong className="text-danger"> {t('logbook.overdue.forward')}</strong>
          )}
        </>
      ),
    },
    {
      key: 'providerDue',
      header: t('logbook.col.providerDue'),
      cell: (l) => (
        <>
          {formatDate(l.providerDue)}
          {l.overdue === 'provider' && (
            <strong className="text-danger"> {t('logbook.overdue.provider')}</strong>
          )}
        </>
      ),
    },
    {
      key: 'status',
      header: t('logbook.col.status'),
      cell: (l) =>
        l.decision
          ? `${t(`logbook.status.${l.status}`)}: ${t(`logbook.decision.${l.decision}`)}`
          : t(`logbook.status.${l.status}`),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={lines} rowKey={(l) => l.id} />;
}
