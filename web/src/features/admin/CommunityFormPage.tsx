import { useState } from 'react';
import { Community, CreateCommunityBody } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { flash } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { RegionList } from './admin-api';

/** Adding a territorial community to a region. */
export function CommunityFormPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const regions = useApiGet('/api/v1/regions', RegionList);
  const [regionId, setRegionId] = useState('');
  const [name, setName] = useState('');
  const [katotth, setKatotth] = useState('');

  const submit = async () => {
    const body = validate(CreateCommunityBody, { regionId, name, katotth: textOrNull(katotth) }, locale);
    const community = await api.post('/api/v1/communities', body, Community);
    navigate('/admin', { state: flash('admin.community.created', { name: community.name }) });
  };

  return (
    <>
      <PageHeader title={t('admin.community.add')} />
      <Loaded resource={regions}>
        {(data) => (
          <Form
            onSubmit={submit}
            submitLabel={t('admin.community.add')}
            actions={<LinkButton to="/admin">{t('common.cancel')}</LinkButton>}
          >
            <Select
              name="regionId"
              label={t('admin.region')}
              value={regionId}
              onChange={setRegionId}
              emptyOption={t('common.choose')}
              options={data.items.map((r) => ({ value: r.id, label: r.name }))}
            />
            <TextField
              name="name"
              label={t('admin.community.name')}
              hint={t('admin.community.name.hint')}
              value={name}
              onChange={setName}
            />
            <TextField
              name="katotth"
              label={t('localities.katotth')}
              hint={t('localities.katotth.hint')}
              value={katotth}
              onChange={setKatotth}
              optional
              spellCheck={false}
              width="medium"
            />
          </Form>
        )}
      </Loaded>
    </>
  );
}
