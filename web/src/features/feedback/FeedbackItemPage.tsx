import { FeedbackItem } from '@valiza/domain';
import { useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { ProposalSteps } from './ProposalSteps';

/** `/quality/feedback/:id`: one entry and, for a proposal, its way to publication. */
export function FeedbackItemPage() {
  const t = useT();
  const { id } = useParams();
  const item = useApiGet(`/api/v1/feedback/${id}`, FeedbackItem);
  return (
    <>
      <PageHeader title={t('feedback.item.title')} />
      <Loaded resource={item}>
        {(f) => (
          <>
            <dl className="figures">
              <dt>{t('feedback.col.kind')}</dt>
              <dd>{t(`feedback.kind.${f.kind}`)}</dd>
              <dt>{t('feedback.col.channel')}</dt>
              <dd>{t(`feedback.channel.${f.channel}`)}</dd>
              <dt>{t('feedback.col.received')}</dt>
              <dd>{formatDateTime(f.receivedAt)}</dd>
              <dt>{t('feedback.col.text')}</dt>
              <dd>{f.text || t('feedback.noText')}</dd>
              {f.rating !== null && (
                <>
                  <dt>{t('feedback.col.rating')}</dt>
                  <dd>{f.rating}</dd>
                </>
              )}
              {f.contact && (
                <>
                  <dt>{t('feedback.item.contact')}</dt>
                  <dd>{f.contact}</dd>
                </>
              )}
              {f.sourceLink && (
                <>
                  <dt>{t('feedback.item.link')}</dt>
                  <dd>
                    <a href={f.sourceLink} rel="noreferrer noopener" target="_blank">
                      {f.sourceLink}
                    </a>
                  </dd>
                </>
              )}
              <dt>{t('feedback.col.status')}</dt>
              <dd>{t(`feedback.status.${f.status}`)}</dd>
              {f.discussion && (
                <>
                  <dt>{t('feedback.item.discussion')}</dt>
                  <dd>{f.discussion}</dd>
                </>
              )}
              {f.decision && (
                <>
                  <dt>{t('feedback.item.decision')}</dt>
                  <dd>{t(`feedback.decision.${f.decision}`)}</dd>
                  <dt>{t('feedback.item.changes')}</dt>
                  <dd>{f.decisionChanges}</dd>
                </>
              )}
              {f.publishedAt && (
                <>
                  <dt>{t('feedback.item.published')}</dt>
                  <dd>{formatDateTime(f.publishedAt)}</dd>
                </>
              )}
            </dl>
            {f.kind === 'proposal' && f.status !== 'published' && (
              <ProposalSteps item={f} onSaved={item.replace} />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
