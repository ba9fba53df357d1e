import type { Locality } from '@valiza/domain';
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
import { LocalityList } from './localities-api';

/** The community's settlements; the head keeps the list. */
export function LocalitiesPage() {
  const t = useT();
  const me = useMe();
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const canEdit = me.roles.includes('head');
  const add = canEdit && (
    <LinkButton to="/localities/new" variant="primary">
      {t('localities.add')}
    </LinkButton>
  );
  const columns: Column<Locality>[] = [
    { key: 'name', header: t('localities.name'), cell: (l) => l.name },
    { key: 'katotth', header: t('localities.katotth'), cell: (l) => l.katotth ?? '' },
    {
      key: 'coordinates',
      header: t('geo.coordinates'),
      cell: (l) => (l.lat !== null && l.lon !== null ? t('geo.pair', { lat: l.lat, lon: l.lon }) : ''),
    },
    {
      key: 'remote',
      header: t('localities.remote'),
      cell: (l) =>
        l.remote ? <span className="tag tag--warn">{t('localities.remote.yes')}</span> : t('common.no'),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (l) => (
        <Link to={`/localities/${l.id}`}>
          {t('common.edit')}
          <span className="visually-hidden"> {l.name}</span>
        </Link>
      ),
    });
  }

  return (
    <>
      <PageHeader title={t('localities.title')} lead={<p>{t('localities.lead')}</p>} actions={add} />
      <FlashNotice />
      <Loaded resource={localities}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('localities.empty')} action={add} />
          ) : (
            <DataTable
              caption={t('localities.caption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(l) => l.id}
            />
          )
        }
      </Loaded>
    </>
  );
}
