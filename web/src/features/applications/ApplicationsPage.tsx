import type { ApplicationListItem } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { APPLICATIONS_URL, ApplicationList } from './applications-api';

/**
 * The plain list of the centre's applications, newest received first. An application whose files
 * have not all reached the server is marked as waiting: it does not count as received yet.
 */
export function ApplicationsPage() {
  const t = useT();
  const applications = useApiGet(APPLICATIONS_URL, ApplicationList);
  const columns: Column<ApplicationListItem>[] = [
    { key: 'number', header: t('applications.number'), cell: (a) => a.number },
    { key: 'receivedAt', header: t('applications.receivedAt'), cell: (a) => formatDateTime(a.receivedAt) },
    { key: 'applicant', header: t('applications.applicant'), cell: (a) => a.applicantName },
    { key: 'service', header: t('applications.service'), cell: (a) => a.serviceName },
    { key: 'administrator', header: t('applications.administrator'), cell: (a) => a.administratorName },
    {
      key: 'complete',
      header: t('applications.files'),
      cell: (a) => (a.complete ? t('applications.files.complete') : t('applications.files.waiting')),
    },
  ];
  return (
    <>
      <PageHeader title={t('applications.title')} lead={<p>{t('applications.lead')}</p>} />
      <Loaded resource={applications}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('applications.empty')} />
          ) : (
            <DataTable
              caption={t('applications.caption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(a) => a.id}
            />
          )
        }
      </Loaded>
    </>
  );
}
