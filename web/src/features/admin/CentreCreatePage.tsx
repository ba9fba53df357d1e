import { useState } from 'react';
import { Centre, CreateCentreBody } from '@valiza/domain';
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
import { CentreIdentityFields } from '../setup/CentreIdentityFields';
import { CommunityList } from './admin-api';

const CODE_FIELDS = { 'org.code_taken': 'code', 'org.slug_taken': 'slug' };

/** Opening a centre in a community; its first head is added on the next page. */
export function CentreCreatePage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const communities = useApiGet('/api/v1/communities', CommunityList);
  const [v, setV] = useState({ communityId: '', name: '', code: '', slug: '', address: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = async () => {
    const body = validate(
      CreateCentreBody,
      {
        ...v,
        code: v.code.trim().toUpperCase(),
        slug: v.slug.trim().toLowerCase(),
        address: textOrNull(v.address),
      },
      locale,
    );
    const centre = await api.post('/api/v1/centres', body, Centre);
    navigate(`/admin/centres/${centre.id}`, { state: flash('admin.centre.created', { name: centre.name }) });
  };

  return (
    <>
      <PageHeader title={t('admin.centre.add')} lead={<p>{t('admin.centre.add.lead')}</p>} />
      <Loaded resource={communities}>
        {(data) => (
          <Form
            onSubmit={submit}
            submitLabel={t('admin.centre.add')}
            codeFields={CODE_FIELDS}
            actions={<LinkButton to="/admin">{t('common.cancel')}</LinkButton>}
          >
            <Select
              name="communityId"
              label={t('admin.community')}
              value={v.communityId}
              onChange={set('communityId')}
              emptyOption={t('common.choose')}
              options={data.items.map((c) => ({ value: c.id, label: c.name }))}
            />
            <CentreIdentityFields
              path=""
              name={v.name}
              code={v.code}
              slug={v.slug}
              onName={set('name')}
              onCode={set('code')}
              onSlug={set('slug')}
            />
            <TextField
              name="address"
              label={t('centre.address')}
              value={v.address}
              onChange={set('address')}
              optional
            />
          </Form>
        )}
      </Loaded>
    </>
  );
}
