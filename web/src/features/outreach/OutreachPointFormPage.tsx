import { OutreachPoint } from '@valiza/domain';
import { useNavigate, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { LocalityList } from '../localities/localities-api';
import { OutreachPointForm } from './OutreachPointForm';

/** `/outreach-points/new` adds a point; `/outreach-points/:id` changes one. */
export function OutreachPointFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const localities = useApiGet('/api/v1/localities', LocalityList);
  const point = useApiGet(id ? `/api/v1/outreach-points/${id}` : null, OutreachPoint);
  const saved = (p: OutreachPoint) =>
    navigate('/outreach-points', {
      state: flash(id ? 'outreach.saved' : 'outreach.created', { name: p.name }),
    });

  return (
    <>
      <PageHeader title={id ? t('outreach.edit.title') : t('outreach.add')} />
      <Loaded resource={localities}>
        {(list) =>
          id ? (
            <Loaded resource={point}>
              {(data) => (
                <OutreachPointForm key={data.id} point={data} localities={list.items} onSaved={saved} />
              )}
            </Loaded>
          ) : (
            <OutreachPointForm key="new" localities={list.items} onSaved={saved} />
          )
        }
      </Loaded>
    </>
  );
}
