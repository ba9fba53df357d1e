import { useState } from 'react';
import { FeedbackKind, type FeedbackItem } from '@valiza/domain';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { FlashNotice } from '../../app/flash';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Button, LinkButton } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { FeedbackPage, REGISTER_ROLES } from './feedback-api';

/** `/quality/feedback`: the register of every channel, newest first, by kind. */
export function FeedbackRegisterPage() {
  const t = useT();
  const me = useMe();
  const [kind, setKind] = useState('');
  const [more, setMore] = useState<FeedbackItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const query = kind ? `?kind=${kind}` : '';
  const page = useResource(`/api/v1/feedback${query}`, async (signal) => {
    const first = await api.get(`/api/v1/feedback${query}`, FeedbackPage, signal);
    setMore([]);
    setCursor(first.nextCursor);
    return first;
  });
  const loadMore = async () => {
    if (!cursor) return;
    const sep = query ? '&' : '?';
    const next = await api.get(
      `/api/v1/feedback${query}${sep}cursor=${encodeURIComponent(cursor)}`,
      FeedbackPage,
    );
    setMore((items) => [...items, ...next.items]);
    setCursor(next.nextCursor);
  };
  const add = canAccess(me.roles, REGISTER_ROLES) && (
    <LinkButton to="/quality/feedback/new" variant="primary">
      {t('feedback.register.add')}
    </LinkButton>
  );
  const columns: Column<FeedbackItem>[] = [
    { key: 'received', header: t('feedback.col.received'), cell: (f) => formatDate(f.receivedAt) },
    { key: 'kind', header: t('feedback.col.kind'), cell: (f) => t(`feedback.kind.${f.kind}`) },
    { key: 'channel', header: t('feedback.col.channel'), cell: (f) => t(`feedback.channel.${f.channel}`) },
    { key: 'text', header: t('feedback.col.text'), cell: (f) => f.text || t('feedback.noText') },
    { key: 'rating', header: t('feedback.col.rating'), cell: (f) => (f.rating ? String(f.rating) : '') },
    { key: 'status', header: t('feedback.col.status'), cell: (f) => t(`feedback.status.${f.status}`) },
    {
      key: 'open',
      header: t('common.actions'),
      cell: (f) => (
        <Link to={`/quality/feedback/${f.id}`}>
          {t('feedback.open')}
          <span className="visually-hidden"> {formatDate(f.receivedAt)}</span>
        </Link>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('feedback.register.title')}
        lead={<p>{t('feedback.register.lead')}</p>}
        actions={add}
      />
      <FlashNotice />
      <Select
        name="kind"
        label={t('feedback.register.filter')}
        value={kind}
        onChange={setKind}
        emptyOption={t('feedback.register.all')}
        options={FeedbackKind.options.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
      />
      <Loaded resource={page}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('feedback.register.empty')} action={add} />
          ) : (
            <>
              <DataTable
                caption={t('feedback.register.caption')}
                captionHidden
                columns={columns}
                rows={[...data.items, ...more]}
                rowKey={(f) => f.id}
              />
              {cursor && (
                <Button variant="secondary" onClick={() => void loadMore()}>
                  {t('feedback.register.more')}
                </Button>
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}
