import { useState } from 'react';
import { CreateRegionBody, Region } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { flash } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';

/** Adding a region (oblast), with its English name for English-speaking users. */
export function RegionFormPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');

  const submit = async () => {
    const body = validate(CreateRegionBody, { name, nameEn: textOrNull(nameEn) }, locale);
    const region = await api.post('/api/v1/regions', body, Region);
    navigate('/admin', { state: flash('admin.region.created', { name: region.name }) });
  };

  return (
    <>
      <PageHeader title={t('admin.region.add')} />
      <Form
        onSubmit={submit}
        submitLabel={t('admin.region.add')}
        actions={<LinkButton to="/admin">{t('common.cancel')}</LinkButton>}
      >
        <TextField
          name="name"
          label={t('admin.region.name')}
          hint={t('admin.region.name.hint')}
          value={name}
          onChange={setName}
        />
        <TextField
          name="nameEn"
          label={t('admin.region.nameEn')}
          value={nameEn}
          onChange={setNameEn}
          optional
        />
      </Form>
    </>
  );
}
