import { useState } from 'react';
import { CreateStaffBody, StaffMember, type CentreRole } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { flash } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { normalisePhone } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { validate } from '../../ui/validate';
import { RoleCheckboxes } from './RoleCheckboxes';
import { STAFF_CODE_FIELDS } from './staff-api';
import { EMPTY_PERSON, StaffFields } from './StaffFields';

/** Adding a person to the head's centre: name, login, first password, roles, contacts. */
export function StaffCreatePage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [person, setPerson] = useState(EMPTY_PERSON);
  const [roles, setRoles] = useState<CentreRole[]>([]);

  const submit = async () => {
    const body = validate(
      CreateStaffBody,
      {
        name: person.name,
        login: person.login,
        password: person.password,
        roles,
        phone: normalisePhone(person.phone),
        email: textOrNull(person.email),
      },
      locale,
      { roles: t('staff.roles.required') },
    );
    const created = await api.post('/api/v1/staff', body, StaffMember);
    navigate('/staff', { state: flash('staff.created', { name: created.name }) });
  };

  return (
    <>
      <PageHeader title={t('staff.add')} lead={<p>{t('staff.add.lead')}</p>} />
      <Form
        onSubmit={submit}
        submitLabel={t('staff.add')}
        codeFields={STAFF_CODE_FIELDS}
        actions={<LinkButton to="/staff">{t('common.cancel')}</LinkButton>}
      >
        <StaffFields value={person} onChange={setPerson} withCredentials />
        <RoleCheckboxes value={roles} onChange={setRoles} />
      </Form>
    </>
  );
}
