import type { StaffMember } from '@valiza/domain';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { formatPhone } from '../../i18n/format';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { StaffList } from './staff-api';
import { StatusTag } from '../../ui/StatusTag';

/** The head's list of the centre's staff. */
export function StaffListPage() {
  const t = useT();
  const staff = useApiGet('/api/v1/staff', StaffList);
  const columns: Column<StaffMember>[] = [
    { key: 'name', header: t('staff.person'), cell: (p) => p.name },
    { key: 'login', header: t('auth.login'), cell: (p) => p.login },
    { key: 'roles', header: t('staff.roles'), cell: (p) => p.roles.map((r) => t(`role.${r}`)).join(', ') },
    { key: 'phone', header: t('staff.phone'), cell: (p) => (p.phone ? formatPhone(p.phone) : '') },
    { key: 'status', header: t('common.status'), cell: (p) => <StatusTag active={p.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (p) => (
        <Link to={`/staff/${p.id}`}>
          {t('common.edit')}
          <span className="visually-hidden"> {p.name}</span>
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        lead={<p>{t('staff.lead')}</p>}
        actions={
          <LinkButton to="/staff/new" variant="primary">
            {t('staff.add')}
          </LinkButton>
        }
      />
      <FlashNotice />
      <Loaded resource={staff}>
        {(data) => (
          <DataTable
            caption={t('staff.caption')}
            captionHidden
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
          />
        )}
      </Loaded>
    </>
  );
}
