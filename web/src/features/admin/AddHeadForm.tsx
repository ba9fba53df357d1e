import { useState } from 'react';
import { CreateStaffBody, StaffMember } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { normalisePhone } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Form } from '../../ui/Form';
import { validate } from '../../ui/validate';
import { STAFF_CODE_FIELDS } from '../staff/staff-api';
import { EMPTY_PERSON, StaffFields } from '../staff/StaffFields';

interface AddHeadFormProps {
  centreId: string;
  onAdded: (head: StaffMember) => void;
}

/** The platform administrator gives a new centre its head, who then adds the rest of the staff. */
export function AddHeadForm({ centreId, onAdded }: AddHeadFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [person, setPerson] = useState(EMPTY_PERSON);

  const submit = async () => {
    const body = validate(
      CreateStaffBody,
      {
        name: person.name,
        login: person.login,
        password: person.password,
        roles: ['head'],
        phone: normalisePhone(person.phone),
        email: textOrNull(person.email),
      },
      locale,
    );
    onAdded(await api.post(`/api/v1/centres/${centreId}/staff`, body, StaffMember));
    setPerson(EMPTY_PERSON);
  };

  return (
    <Form onSubmit={submit} submitLabel={t('admin.head.add')} codeFields={STAFF_CODE_FIELDS}>
      <StaffFields value={person} onChange={setPerson} withCredentials />
    </Form>
  );
}
