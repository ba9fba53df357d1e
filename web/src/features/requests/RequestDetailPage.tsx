import { MISSING_ITEM_TEXTS, OPEN_REQUEST_STATES, RequestDetail } from '@valiza/domain';
import { useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useLocale, useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { RequestFacts } from './RequestFacts';
import { RequestHistory } from './RequestHistory';
import { RiskSignals } from './RiskSignals';
import { StateTag } from './StateTag';
import { TransitionPanel } from './TransitionPanel';
import './requests.css';

/**
 * `/requests/:id`: everything recorded about a request, its risk signals, what is still missing,
 * the state changes allowed now and the printable summary. Another centre's request is "not found".
 */
export function RequestDetailPage() {
  const { id = '' } = useParams();
  const request = useApiGet(`/api/v1/requests/${id}`, RequestDetail);
  if (request.error instanceof ApiError && request.error.code === 'not_found') return <NotFoundPage />;
  return <Loaded resource={request}>{(r) => <RequestView request={r} onChanged={request.replace} />}</Loaded>;
}

const OPEN = OPEN_REQUEST_STATES;

function RequestView({
  request: r,
  onChanged,
}: {
  request: RequestDetail;
  onChanged: (r: RequestDetail) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <PageHeader
        title={t('requests.detail.title', { number: r.number })}
        lead={
          <p>
            <StateTag state={r.state} /> {r.applicant.fullName}
          </p>
        }
        actions={
          <>
            {OPEN.includes(r.state) && (
              <LinkButton
                to={`/requests/${r.id}/edit`}
                variant={r.missing.length > 0 ? 'primary' : 'secondary'}
              >
                {t('requests.edit')}
              </LinkButton>
            )}
            <a
              className="btn btn--secondary"
              href={`/api/v1/requests/${r.id}/summary.pdf?lang=${locale}`}
              target="_blank"
              rel="noopener"
            >
              {t('requests.summaryPdf')}
            </a>
          </>
        }
      />
      <FlashNotice />
      <RiskSignals signals={r.riskSignals} />
      {r.state === 'new' && r.missing.length > 0 && (
        <Notice tone="info" title={t('requests.missing.title')}>
          <ul>
            {r.missing.map((m) => (
              <li key={m}>{MISSING_ITEM_TEXTS[m][locale]}</li>
            ))}
          </ul>
        </Notice>
      )}
      <TransitionPanel request={r} onChanged={onChanged} />
      <RequestFacts request={r} />
      <RequestHistory request={r} />
    </>
  );
}
