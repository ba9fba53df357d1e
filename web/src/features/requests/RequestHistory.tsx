import type { RequestDetail } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { formatDateTime } from '../../i18n/format';
import { DataTable } from '../../ui/DataTable';

type Change = RequestDetail['history'][number];

/** Every state the request passed through, who changed it and why. */
export function RequestHistory({ request }: { request: RequestDetail }) {
  const t = useT();
  return (
    <section className="section-block" aria-labelledby="history-title">
      <h2 id="history-title">{t('requests.history')}</h2>
      <DataTable<Change>
        caption={t('requests.history')}
        captionHidden
        rows={request.history}
        rowKey={(c) => `${c.at}-${c.to}`}
        columns={[
          { key: 'at', header: t('requests.history.at'), cell: (c) => formatDateTime(c.at) },
          { key: 'to', header: t('common.status'), cell: (c) => t(`requests.state.${c.to}`) },
          { key: 'who', header: t('requests.history.who'), cell: (c) => c.actorName ?? '' },
          { key: 'reason', header: t('requests.reason'), cell: (c) => c.reason ?? '' },
        ]}
      />
    </section>
  );
}
