import type { OutreachPoint } from '@valiza/domain';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { StatusTag } from '../../ui/StatusTag';
import { LocalityList } from '../localities/localities-api';
import { OutreachPointList } from './outreach-api';

/** Fixed places where the mobile office receives people on a schedule; the head keeps the list. */
export function OutreachPointsPage() {
  const t = useT();
  const me = useMe();
  const points = useApiGet('/api/v1/outreach-points', OutreachPointList);
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const localityName = (id: string | null) => localities.data?.items.find((l) => l.id === id)?.name ?? '';
  const canEdit = me.roles.includes('head');
  const add = canEdit && (
    <LinkButton to="/outreach-points/new" variant="primary">
      {t('outreach.add')}
    </LinkButton>
  );
  const columns: Column<OutreachPoint>[] = [
    { key: 'name', header: t('outreach.name'), cell: (p) => p.name },
    { key: 'address', header: t('outreach.address'), cell: (p) => p.address },
    { key: 'locality', header: t('outreach.locality'), cell: (p) => localityName(p.localityId) },
    { key: 'hours', header: t('outreach.usualHours'), cell: (p) => p.usualHours ?? '' },
    { key: 'status', header: t('common.status'), cell: (p) => <StatusTag active={p.active} /> },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (p) => (
        <Link to={`/outreach-points/${p.id}`}>
          {t('common.edit')}
          <span className="visually-hidden"> {p.name}</span>
        </Link>
      ),
    });
  }

  return (
    <>
      <PageHeader title={t('outreach.title')} lead={<p>{t('outreach.lead')}</p>} actions={add} />
      <FlashNotice />
      <Loaded resource={points} waitFor={[localities]}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('outreach.empty')} action={add} />
          ) : (
            <DataTable
              caption={t('outreach.caption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(p) => p.id}
            />
          )
        }
      </Loaded>
    </>
  );
}
