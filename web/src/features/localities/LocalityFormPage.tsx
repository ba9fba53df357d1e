import type { Locality } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { LocalityList } from './localities-api';
import { LocalityForm } from './LocalityForm';

/** `/localities/new` adds a settlement; `/localities/:id` changes one (found in the community's list). */
export function LocalityFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const list = useApiGet(id ? '/api/v1/localities' : null, LocalityList);
  const saved = (l: Locality) =>
    navigate('/localities', {
      state: flash(id ? 'localities.saved' : 'localities.created', { name: l.name }),
    });

  return (
    <>
      <PageHeader title={id ? t('localities.edit.title') : t('localities.add')} />
      {id ? (
        <Loaded resource={list}>
          {(data) => {
            const locality = data.items.find((l) => l.id === id);
            return locality ? (
              <LocalityForm key={locality.id} locality={locality} onSaved={saved} />
            ) : (
              <EmptyState title={t('localities.missing')} />
            );
          }}
        </Loaded>
      ) : (
        <LocalityForm key="new" onSaved={saved} />
      )}
    </>
  );
}
