import type { RequestDetail } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import '../requests/requests.css';
import { CategoryList, LocalityList, OutreachPointList, ServiceList } from './intake-api';
import { IntakeForm } from './IntakeForm';

/** `/requests/new`: an operator takes a request by phone, in person, by e-mail or from a social worker. */
export function IntakePage() {
  const t = useT();
  const navigate = useNavigate();
  const services = useApiGet('/api/v1/services', ServiceList);
  const categories = useApiGet('/api/v1/eligibility-categories', CategoryList);
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const points = useApiGet('/api/v1/outreach-points', OutreachPointList);
  const saved = (r: RequestDetail) =>
    navigate(`/requests/${r.id}`, { state: flash('intake.saved', { number: r.number }) });

  return (
    <>
      <PageHeader title={t('intake.title')} lead={<p>{t('intake.lead')}</p>} />
      <Loaded resource={services} waitFor={[categories, localities, points]}>
        {(s) => (
          <IntakeForm
            lists={{
              services: s.items,
              categories: categories.data?.items ?? [],
              localities: localities.data?.items ?? [],
              outreachPoints: points.data?.items ?? [],
            }}
            onSaved={saved}
          />
        )}
      </Loaded>
    </>
  );
}
