import type { Centre, Community, Region } from '@valiza/domain';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { CentreList, CommunityList, RegionList } from './admin-api';

/** The platform administrator's overview: regions, communities and centres of the installation. */
export function AdminPage() {
  const t = useT();
  const regions = useApiGet('/api/v1/regions', RegionList);
  const communities = useApiGet('/api/v1/communities', CommunityList);
  const centres = useApiGet('/api/v1/centres', CentreList);
  const regionName = (id: string) => regions.data?.items.find((r) => r.id === id)?.name ?? '';
  const communityName = (id: string) => communities.data?.items.find((c) => c.id === id)?.name ?? '';

  const centreColumns: Column<Centre>[] = [
    {
      key: 'name',
      header: t('admin.centre.name'),
      cell: (c) => <Link to={`/admin/centres/${c.id}`}>{c.name}</Link>,
    },
    { key: 'code', header: t('admin.centre.code'), cell: (c) => c.code },
    { key: 'community', header: t('admin.community'), cell: (c) => communityName(c.communityId) },
    { key: 'region', header: t('admin.region'), cell: (c) => regionName(c.regionId) },
  ];
  const communityColumns: Column<Community>[] = [
    { key: 'name', header: t('admin.community.name'), cell: (c) => c.name },
    { key: 'katotth', header: t('localities.katotth'), cell: (c) => c.katotth ?? '' },
    { key: 'region', header: t('admin.region'), cell: (c) => regionName(c.regionId) },
  ];
  const regionColumns: Column<Region>[] = [
    { key: 'name', header: t('admin.region.name'), cell: (r) => r.name },
    { key: 'nameEn', header: t('admin.region.nameEn'), cell: (r) => r.nameEn ?? '' },
  ];

  return (
    <>
      <PageHeader title={t('admin.title')} lead={<p>{t('admin.lead')}</p>} />
      <FlashNotice />
      <section aria-labelledby="admin-centres">
        <div className="page-header">
          <h2 id="admin-centres">{t('admin.centres')}</h2>
          <LinkButton to="/admin/centres/new" variant="primary">
            {t('admin.centre.add')}
          </LinkButton>
        </div>
        <Loaded resource={centres} waitFor={[regions, communities]}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('admin.centres.empty')} />
            ) : (
              <DataTable
                caption={t('admin.centres')}
                captionHidden
                columns={centreColumns}
                rows={data.items}
                rowKey={(c) => c.id}
              />
            )
          }
        </Loaded>
      </section>
      <section className="section" aria-labelledby="admin-communities">
        <div className="page-header">
          <h2 id="admin-communities">{t('admin.communities')}</h2>
          <LinkButton to="/admin/communities/new">{t('admin.community.add')}</LinkButton>
        </div>
        <Loaded resource={communities} waitFor={[regions]}>
          {(data) => (
            <DataTable
              caption={t('admin.communities')}
              captionHidden
              columns={communityColumns}
              rows={data.items}
              rowKey={(c) => c.id}
            />
          )}
        </Loaded>
      </section>
      <section className="section" aria-labelledby="admin-regions">
        <div className="page-header">
          <h2 id="admin-regions">{t('admin.regions')}</h2>
          <LinkButton to="/admin/regions/new">{t('admin.region.add')}</LinkButton>
        </div>
        <Loaded resource={regions}>
          {(data) => (
            <DataTable
              caption={t('admin.regions')}
              captionHidden
              columns={regionColumns}
              rows={data.items}
              rowKey={(r) => r.id}
            />
          )}
        </Loaded>
      </section>
    </>
  );
}
