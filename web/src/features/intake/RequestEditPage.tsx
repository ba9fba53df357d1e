import { RequestDetail } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import '../requests/requests.css';
import { CategoryList, LocalityList, OutreachPointList, ServiceList } from './intake-api';
import { IntakeForm } from './IntakeForm';

/**
 * `/requests/:id/edit`: the operator completes an open request (one from the public form arrives
 * with little more than a name, a place and a phone) or corrects it.
 */
export function RequestEditPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const request = useApiGet(`/api/v1/requests/${id}`, RequestDetail);
  const services = useApiGet('/api/v1/services', ServiceList);
  const categories = useApiGet('/api/v1/eligibility-categories', CategoryList);
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const points = useApiGet('/api/v1/outreach-points', OutreachPointList);
  if (request.error instanceof ApiError && request.error.code === 'not_found') return <NotFoundPage />;
  const saved = (r: RequestDetail) =>
    navigate(`/requests/${r.id}`, { state: flash('intake.updated', { number: r.number }) });

  return (
    <Loaded resource={request} waitFor={[services, categories, localities, points]}>
      {(r) => (
        <>
          <PageHeader
            title={t('intake.edit.title', { number: r.number })}
            lead={<p>{t('intake.edit.lead')}</p>}
          />
          <IntakeForm
            request={r}
            lists={{
              services: services.data?.items ?? [],
              categories: categories.data?.items ?? [],
              localities: localities.data?.items ?? [],
              outreachPoints: points.data?.items ?? [],
            }}
            onSaved={saved}
          />
        </>
      )}
    </Loaded>
  );
}
