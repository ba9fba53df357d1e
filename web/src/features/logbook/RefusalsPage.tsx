import { useState } from 'react';
import type { RefusalItem } from '@valiza/domain';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { EmptyState } from '../../ui/EmptyState';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { RefusalList } from './logbook-api';
import { LogbookTabs } from './LogbookTabs';

function ReviewForm({ item, onSaved }: { item: RefusalItem; onSaved: () => void }) {
  const t = useT();
  const [justified, setJustified] = useState(item.review ? String(item.review.justified) : 'true');
  const [actions, setActions] = useState(item.review?.actions ?? '');
  return (
    <Form
      aria-label={t('logbook.refusals.verdict')}
      submitLabel={t('logbook.refusals.save')}
      onSubmit={async () => {
        await api.post(`/api/v1/logbook/${item.id}/refusal-review`, {
          justified: justified === 'true',
          actions,
        });
        onSaved();
      }}
    >
      <Select
        name="justified"
        label={t('logbook.refusals.verdict')}
        value={justified}
        onChange={setJustified}
        options={[
          { value: 'true', label: t('logbook.refusals.justified') },
          { value: 'false', label: t('logbook.refusals.unjustified') },
        ]}
      />
      <TextField
        name="actions"
        label={t('logbook.refusals.actions')}
        value={actions}
        onChange={setActions}
        multiline
        rows={3}
      />
    </Form>
  );
}

/** Refusals with reasons; the head marks each justified or not and says what was done. */
export default function RefusalsPage() {
  const t = useT();
  const me = useMe();
  const refusals = useApiGet('/api/v1/logbook/refusals', RefusalList);
  const isHead = me.roles.includes('head');
  return (
    <>
      <PageHeader title={t('logbook.refusals.title')} lead={<p>{t('logbook.refusals.lead')}</p>} />
      <LogbookTabs />
      <Loaded resource={refusals}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('logbook.refusals.empty')} />
          ) : (
            <ul className="refusals">
              {data.items.map((item) => (
                <li key={item.id}>
                  <h2>
                    <Link to={`/logbook/${item.id}`}>{item.number}</Link> — {item.serviceName}
                  </h2>
                  <p>{t('logbook.refusals.reason', { reason: item.reason })}</p>
                  <p>
                    <strong>
                      {item.review
                        ? t(
                            item.review.justified
                              ? 'logbook.refusals.justified'
                              : 'logbook.refusals.unjustified',
                          )
                        : t('logbook.refusals.notReviewed')}
                    </strong>
                    {item.review &&
                      ` — ${item.review.actions} (${t('logbook.refusals.by', {
                        name: item.review.reviewerName ?? '—',
                        at: formatDateTime(item.review.reviewedAt),
                      })})`}
                  </p>
                  {isHead && <ReviewForm item={item} onSaved={refusals.reload} />}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
