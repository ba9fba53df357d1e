import type { Service } from '@valiza/domain';
import { Link } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { FlashNotice } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatMoney } from '../../i18n/format';
import { LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { StatusTag } from '../../ui/StatusTag';
import { ServiceList, serviceName } from '../intake/intake-api';
import { CATALOGUE_EDITORS } from './catalogue-api';
import { CatalogueTransfer } from './CatalogueTransfer';

/** `/services`: the centre's catalogue; the head adds, changes, imports; everybody reads and exports. */
export function ServicesPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const services = useApiGet('/api/v1/services?active=all', ServiceList);
  const canEdit = canAccess(me.roles, CATALOGUE_EDITORS);
  const add = canEdit && (
    <LinkButton to="/services/new" variant="primary">
      {t('catalogue.add')}
    </LinkButton>
  );
  const term = (s: Service) =>
    s.termDays === null
      ? t('catalogue.term.none')
      : t(`catalogue.term.${s.termKind}.days`, { n: s.termDays });
  const columns: Column<Service>[] = [
    { key: 'name', header: t('catalogue.name'), cell: (s) => serviceName(s, locale) },
    { key: 'provider', header: t('catalogue.provider'), cell: (s) => s.provider },
    {
      key: 'field',
      header: t('catalogue.fieldDeliverable.short'),
      cell: (s) => (s.fieldDeliverable ? t('requests.yes') : t('common.no')),
    },
    {
      key: 'fee',
      header: t('catalogue.fee'),
      cell: (s) =>
        s.fee.kind === 'paid' ? formatMoney(s.fee.amountKopiyky, locale) : t('catalogue.fee.free'),
    },
    { key: 'term', header: t('catalogue.term'), cell: term },
    { key: 'status', header: t('common.status'), cell: (s) => <StatusTag active={s.active} /> },
  ];
  if (canEdit)
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (s) => (
        <Link to={`/services/${s.id}`}>
          {t('common.edit')}
          <span className="visually-hidden"> {serviceName(s, locale)}</span>
        </Link>
      ),
    });

  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        lead={<p>{t('catalogue.lead')}</p>}
        actions={
          <>
            {add}
            <LinkButton to="/eligibility-categories">{t('categories.title')}</LinkButton>
          </>
        }
      />
      <FlashNotice />
      <Loaded resource={services}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('catalogue.empty')} action={add} />
          ) : (
            <DataTable
              caption={t('catalogue.title')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(s) => s.id}
            />
          )
        }
      </Loaded>
      <CatalogueTransfer canImport={canEdit} onImported={services.reload} />
    </>
  );
}
