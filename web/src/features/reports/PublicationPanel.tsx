import { useState } from 'react';
import { PublicationList, Publication } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useT } from '../../i18n/i18n-context';
import { formatDateTime } from '../../i18n/format';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';

/**
 * Publishing a quarter: whether it is already on the public page, and for the head a button that
 * publishes the anonymised figures after one confirmation.
 */
export function PublicationPanel({
  code,
  canPublish,
  slug,
}: {
  code: string;
  canPublish: boolean;
  slug: string;
}) {
  const t = useT();
  const describe = useDescribeFailure();
  const list = useApiGet('/api/v1/reports/publications', PublicationList);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const current = list.data?.items.find((p) => p.period.code === code);
  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.post('/api/v1/reports/publications', { period: code }, Publication);
      setDone(true);
      list.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <section className="section" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('reports.publication.title')}</h2>
      <p>{t('reports.publication.lead')}</p>
      {done && (
        <Notice tone="success">
          <p>{t('reports.publication.done', { period: code })}</p>
        </Notice>
      )}
      {failure !== null && (
        <Notice tone="error">
          <p>{describe(failure)}</p>
        </Notice>
      )}
      <p>
        {current
          ? t('reports.publication.published', { at: formatDateTime(current.publishedAt) })
          : t('reports.publication.notYet')}
      </p>
      <div className="btn-row">
        {canPublish && (
          <Button onClick={() => setAsking(true)} busy={busy}>
            {t('reports.publication.publish', { period: code })}
          </Button>
        )}
        <a className="btn btn--secondary" href={`/indicators/${slug}`}>
          {t('reports.publication.open')}
        </a>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('reports.publication.confirmTitle')}
        confirmLabel={t('reports.publication.publish', { period: code })}
        busy={busy}
        onConfirm={() => void publish()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('reports.publication.confirmBody', { period: code })}</p>
      </ConfirmDialog>
    </section>
  );
}
