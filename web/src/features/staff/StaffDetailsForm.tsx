import { useState } from 'react';
import { CENTRE_ROLES, StaffMember, UpdateStaffBody, type CentreRole, type Role } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatPhone, normalisePhone } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Form } from '../../ui/Form';
import { validate } from '../../ui/validate';
import { RoleCheckboxes } from './RoleCheckboxes';
import { StaffFields } from './StaffFields';

const isCentreRole = (role: Role): role is CentreRole => (CENTRE_ROLES as readonly Role[]).includes(role);

interface StaffDetailsFormProps {
  person: StaffMember;
  onSaved: (person: StaffMember) => void;
}

/** Changing a staff member's name, roles and contacts. */
export function StaffDetailsForm({ person, onSaved }: StaffDetailsFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [fields, setFields] = useState({
    name: person.name,
    login: person.login,
    password: '',
    phone: person.phone ? formatPhone(person.phone) : '',
    email: person.email ?? '',
  });
  const [roles, setRoles] = useState<CentreRole[]>(person.roles.filter(isCentreRole));

  const submit = async () => {
    const body = validate(
      UpdateStaffBody,
      { name: fields.name, roles, phone: normalisePhone(fields.phone), email: textOrNull(fields.email) },
      locale,
      { roles: t('staff.roles.required') },
    );
    onSaved(await api.patch(`/api/v1/staff/${person.id}`, body, StaffMember));
  };

  return (
    <Form onSubmit={submit} submitLabel={t('common.save')}>
      <StaffFields value={fields} onChange={setFields} withCredentials={false} />
      <RoleCheckboxes value={roles} onChange={setRoles} />
    </Form>
  );
}
