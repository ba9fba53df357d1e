import { Service } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import '../requests/requests.css';
import { ServiceForm } from './ServiceForm';

/** `/services/new` adds a service; `/services/:id` changes one. */
export function ServiceFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const service = useApiGet(id ? `/api/v1/services/${id}` : null, Service);
  const saved = (s: Service) =>
    navigate('/services', { state: flash(id ? 'catalogue.saved' : 'catalogue.created', { name: s.name }) });
  return (
    <>
      <PageHeader
        title={id ? t('catalogue.edit.title') : t('catalogue.add')}
        lead={<p>{t('catalogue.form.lead')}</p>}
      />
      {id ? (
        <Loaded resource={service}>{(s) => <ServiceForm key={s.id} service={s} onSaved={saved} />}</Loaded>
      ) : (
        <ServiceForm key="new" onSaved={saved} />
      )}
    </>
  );
}
