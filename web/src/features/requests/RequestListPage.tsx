import type { RequestListItem } from '@valiza/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiGet, useResource } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { FlashNotice } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Button, LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { CategoryList, LocalityList, ServiceList, serviceName } from '../intake/intake-api';
import { RequestFilters } from './RequestFilters';
import { HEADS, RequestPage, requestQuery } from './requests-api';
import { StateTag } from './StateTag';
import './requests.css';

/**
 * `/requests`: by default the operator's queue — new requests, oldest first; filters and a search
 * open every other list. Risk signals are counted on each row.
 */
export function RequestListPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const path = requestQuery(params);
  const first = useResource(path, (signal) => api.get(path, RequestPage, signal));
  const [more, setMore] = useState<{ path: string; items: RequestListItem[]; cursor: string | null }>();
  const categories = useApiGet('/api/v1/eligibility-categories', CategoryList);
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const services = useApiGet('/api/v1/services?active=all', ServiceList);
  const extra = more?.path === path ? more : undefined;

  const loadMore = async (cursor: string) => {
    const page = await api.get(requestQuery(params, cursor), RequestPage);
    setMore({ path, items: [...(extra?.items ?? []), ...page.items], cursor: page.nextCursor });
  };

  const columns: Column<RequestListItem>[] = [
    {
      key: 'number',
      header: t('requests.number'),
      cell: (r) => <Link to={`/requests/${r.id}`}>{r.number}</Link>,
    },
    { key: 'applicant', header: t('requests.applicant'), cell: (r) => r.applicantName },
    { key: 'created', header: t('requests.createdAt'), cell: (r) => formatDate(r.createdAt) },
    {
      key: 'locality',
      header: t('requests.locality'),
      cell: (r) => r.localityName ?? t(`requests.place.${r.placeKind}`),
    },
    {
      key: 'services',
      header: t('requests.services'),
      cell: (r) => r.services.map((s) => serviceName(s, locale)).join(', '),
    },
    {
      key: 'state',
      header: t('common.status'),
      cell: (r) => (
        <>
          <StateTag state={r.state} />
          {r.riskSignals.length > 0 && (
            <>
              {' '}
              <span className="tag tag--warn">
                {t('requests.signals.count', { n: r.riskSignals.length })}
              </span>
            </>
          )}
        </>
      ),
    },
  ];
  const add = (
    <LinkButton to="/requests/new" variant="primary">
      {t('intake.title')}
    </LinkButton>
  );

  return (
    <>
      <PageHeader
        title={params.toString() ? t('requests.title') : t('requests.queue.title')}
        lead={<p>{t('requests.lead')}</p>}
        actions={
          <>
            {add}
            {canAccess(me.roles, HEADS) && (
              <LinkButton to="/applicants/duplicates">{t('applicants.duplicates.title')}</LinkButton>
            )}
          </>
        }
      />
      <FlashNotice />
      <RequestFilters
        key={params.toString()}
        params={params}
        onApply={setParams}
        categories={categories.data?.items ?? []}
        localities={localities.data?.items ?? []}
        services={services.data?.items ?? []}
      />
      <Loaded resource={first}>
        {(data) => {
          const rows = [...data.items, ...(extra?.items ?? [])];
          const cursor = extra ? extra.cursor : data.nextCursor;
          return rows.length === 0 ? (
            <EmptyState title={t('requests.empty')} action={add} />
          ) : (
            <>
              <DataTable
                caption={t('requests.caption')}
                captionHidden
                columns={columns}
                rows={rows}
                rowKey={(r) => r.id}
              />
              {cursor && (
                <p>
                  <Button variant="secondary" onClick={() => void loadMore(cursor)}>
                    {t('requests.more')}
                  </Button>
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
