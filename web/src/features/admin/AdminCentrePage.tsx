import { useState } from 'react';
import { Centre, type StaffMember } from '@valiza/domain';
import { useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { StatusTag } from '../../ui/StatusTag';
import { CentreView } from '../centre/CentreView';
import { StaffList } from '../staff/staff-api';
import { AddHeadForm } from './AddHeadForm';

/** One centre as the platform administrator sees it: settings, staff, and adding a head. */
export function AdminCentrePage() {
  const t = useT();
  const { id = '' } = useParams();
  const centre = useApiGet(`/api/v1/centres/${id}`, Centre);
  const staff = useApiGet(`/api/v1/centres/${id}/staff`, StaffList);
  const [added, setAdded] = useState<string | null>(null);
  const columns: Column<StaffMember>[] = [
    { key: 'name', header: t('staff.person'), cell: (p) => p.name },
    { key: 'login', header: t('auth.login'), cell: (p) => p.login },
    { key: 'roles', header: t('staff.roles'), cell: (p) => p.roles.map((r) => t(`role.${r}`)).join(', ') },
    { key: 'status', header: t('common.status'), cell: (p) => <StatusTag active={p.active} /> },
  ];
  const hasHead = staff.data?.items.some((p) => p.active && p.roles.includes('head')) ?? false;

  return (
    <>
      <PageHeader
        title={centre.data?.name ?? t('admin.centre.title')}
        actions={<LinkButton to="/admin">{t('admin.backToList')}</LinkButton>}
      />
      <FlashNotice />
      <Loaded resource={centre}>{(data) => <CentreView centre={data} />}</Loaded>
      <section className="section" aria-labelledby="centre-staff">
        <h2 id="centre-staff">{t('admin.centre.staff')}</h2>
        {added && (
          <Notice tone="success">
            <p>{t('admin.head.added', { name: added })}</p>
          </Notice>
        )}
        <Loaded resource={staff}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('admin.centre.noStaff')} />
            ) : (
              <DataTable
                caption={t('admin.centre.staff')}
                captionHidden
                columns={columns}
                rows={data.items}
                rowKey={(p) => p.id}
              />
            )
          }
        </Loaded>
      </section>
      <section className="section form-section" aria-labelledby="centre-head">
        <h2 id="centre-head">{hasHead ? t('admin.head.another') : t('admin.head.first')}</h2>
        <p>{t('admin.head.lead')}</p>
        <AddHeadForm
          centreId={id}
          onAdded={(head) => {
            setAdded(head.name);
            staff.reload();
          }}
        />
      </section>
    </>
  );
}
