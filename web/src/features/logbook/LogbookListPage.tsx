import { useState } from 'react';
import {
  LOGBOOK_STATUSES,
  LogbookPage,
  LogbookVerifyResult,
  parseDisplayDate,
  type LogbookLine,
} from '@valiza/domain';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { LineTable } from './LineTable';
import { LogbookTabs } from './LogbookTabs';

interface Filters {
  from: string;
  to: string;
  status: string;
  overdue: string;
}

const STATUSES = LOGBOOK_STATUSES;

function query(f: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  const from = parseDisplayDate(f.from);
  const to = parseDisplayDate(f.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (f.status) params.set('status', f.status);
  if (f.overdue) params.set('overdue', f.overdue);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** The whole logbook with filters, more pages on request, exports of a period and the chain check. */
export default function LogbookListPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [draft, setDraft] = useState<Filters>({ from: '', to: '', status: '', overdue: '' });
  const [applied, setApplied] = useState<Filters>(draft);
  const [extra, setExtra] = useState<{ lines: LogbookLine[]; cursor: string | null } | null>(null);
  const [verify, setVerify] = useState<LogbookVerifyResult | null>(null);
  const page = useResource(`logbook?${query(applied)}`, (signal) =>
    api.get(`/api/v1/logbook?${query(applied, { limit: '50' })}`, LogbookPage, signal),
  );
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const from = parseDisplayDate(applied.from);
  const to = parseDisplayDate(applied.to);
  const exportHref = (format: string) =>
    `/api/v1/logbook/export?from=${from}&to=${to}&format=${format}&lang=${locale}`;

  const more = async () => {
    const cursor = extra ? extra.cursor : page.data?.nextCursor;
    if (!cursor) return;
    const next = await api.get(`/api/v1/logbook?${query(applied, { limit: '50', cursor })}`, LogbookPage);
    setExtra({ lines: [...(extra?.lines ?? []), ...next.items], cursor: next.nextCursor });
  };

  return (
    <>
      <PageHeader title={t('logbook.list.title')} lead={<p>{t('logbook.list.lead')}</p>} />
      <LogbookTabs />
      <Form
        aria-label={t('logbook.filter.title')}
        submitLabel={t('logbook.filter.apply')}
        onSubmit={() => {
          setExtra(null);
          setApplied(draft);
        }}
      >
        <TextField
          name="from"
          label={t('logbook.filter.from')}
          hint={t('logbook.filter.dateHint')}
          value={draft.from}
          onChange={set('from')}
          optional
          width="short"
        />
        <TextField
          name="to"
          label={t('logbook.filter.to')}
          hint={t('logbook.filter.dateHint')}
          value={draft.to}
          onChange={set('to')}
          optional
          width="short"
        />
        <Select
          name="status"
          label={t('logbook.filter.status')}
          value={draft.status}
          onChange={set('status')}
          emptyOption={t('logbook.filter.any')}
          options={STATUSES.map((s) => ({ value: s, label: t(`logbook.status.${s}`) }))}
          optional
        />
        <Select
          name="overdue"
          label={t('logbook.filter.overdue')}
          value={draft.overdue}
          onChange={set('overdue')}
          emptyOption={t('logbook.filter.any')}
          options={(['any', 'forward', 'provider'] as const).map((o) => ({
            value: o,
            label: t(`logbook.overdue.${o}`),
          }))}
          optional
        />
      </Form>
      <section aria-labelledby="logbook-export">
        <h2 id="logbook-export">{t('logbook.export.title')}</h2>
        {from && to ? (
          <p>
            {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
              <a key={format} className="btn btn--secondary" href={exportHref(format)} download>
                {t(`logbook.export.${format}`)}
              </a>
            ))}
          </p>
        ) : (
          <p>{t('logbook.export.needPeriod')}</p>
        )}
      </section>
      {me.roles.includes('head') && (
        <section>
          <Button
            variant="secondary"
            onClick={async () =>
              setVerify(await api.post('/api/v1/logbook/verify', undefined, LogbookVerifyResult))
            }
          >
            {t('logbook.verify.button')}
          </Button>
          {verify && (
            <Notice tone={verify.ok ? 'success' : 'error'}>
              <p role="status">
                {verify.ok || !verify.firstBroken
                  ? t('logbook.verify.ok', { links: verify.links })
                  : t('logbook.verify.broken', {
                      seq: verify.firstBroken.seq ?? '—',
                      number: verify.firstBroken.number ?? verify.firstBroken.refId,
                      problem: t(`logbook.verify.problem.${verify.firstBroken.problem}`),
                    })}
              </p>
            </Notice>
          )}
        </section>
      )}
      <Loaded resource={page}>
        {(data) => {
          const lines = [...data.items, ...(extra?.lines ?? [])];
          const cursor = extra ? extra.cursor : data.nextCursor;
          return lines.length === 0 ? (
            <EmptyState title={t('logbook.list.empty')} />
          ) : (
            <>
              <LineTable lines={lines} caption={t('logbook.list.caption')} />
              {cursor && (
                <Button variant="secondary" onClick={more}>
                  {t('logbook.list.more')}
                </Button>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
