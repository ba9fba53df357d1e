import type { Kit } from '@valiza/domain';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { StatusTag } from '../../ui/StatusTag';
import { KIT_KEEPERS, KitList } from './kits-api';

/** The centre's mobile kits; the head and the technician may add and change them. */
export function KitsPage() {
  const t = useT();
  const me = useMe();
  const kits = useApiGet('/api/v1/kits', KitList);
  const canEdit = canAccess(me.roles, KIT_KEEPERS);
  const add = canEdit && (
    <LinkButton to="/kits/new" variant="primary">
      {t('kits.add')}
    </LinkButton>
  );
  const columns: Column<Kit>[] = [
    { key: 'code', header: t('kits.code'), cell: (k) => k.code },
    { key: 'inventory', header: t('kits.inventoryNumber'), cell: (k) => k.inventoryNumber ?? '' },
    {
      key: 'components',
      header: t('kits.components'),
      cell: (k) => k.components.map((c) => c.name).join(', '),
    },
    { key: 'status', header: t('common.status'), cell: (k) => <StatusTag active={k.active} /> },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (k) => (
        <Link to={`/kits/${k.id}`}>
          {t('common.edit')}
          <span className="visually-hidden"> {k.code}</span>
        </Link>
      ),
    });
  }

  return (
    <>
      <PageHeader title={t('kits.title')} lead={<p>{t('kits.lead')}</p>} actions={add} />
      <FlashNotice />
      <Loaded resource={kits}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('kits.empty')} action={add} />
          ) : (
            <DataTable
              caption={t('kits.caption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(k) => k.id}
            />
          )
        }
      </Loaded>
    </>
  );
}
