import { Kit } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { KitForm } from './KitForm';

/** `/kits/new` adds a kit; `/kits/:id` changes one. */
export function KitFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const kit = useApiGet(id ? `/api/v1/kits/${id}` : null, Kit);
  const saved = (k: Kit) =>
    navigate('/kits', { state: flash(id ? 'kits.saved' : 'kits.created', { code: k.code }) });

  return (
    <>
      <PageHeader title={id ? t('kits.edit.title') : t('kits.add')} lead={<p>{t('kits.form.lead')}</p>} />
      {id ? (
        <Loaded resource={kit}>{(data) => <KitForm key={data.id} kit={data} onSaved={saved} />}</Loaded>
      ) : (
        <KitForm key="new" onSaved={saved} />
      )}
    </>
  );
}
