import { useState } from 'react';
import { MIN_PASSWORD_LENGTH, ResetPasswordBody, type StaffMember } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';

/** A new password for a staff member who forgot theirs; their sessions end at once. */
export function ResetPasswordForm({ person }: { person: StaffMember }) {
  const t = useT();
  const { locale } = useLocale();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    const body = validate(ResetPasswordBody, { newPassword: password }, locale);
    await api.post(`/api/v1/staff/${person.id}/password`, body);
    setPassword('');
    setDone(true);
  };

  return (
    <>
      {done && (
        <Notice tone="success">
          <p>{t('staff.reset.done', { name: person.name })}</p>
        </Notice>
      )}
      <Form
        onSubmit={submit}
        submitLabel={t('staff.reset.submit')}
        codeFields={{ 'auth.weak_password': 'newPassword' }}
      >
        <TextField
          name="newPassword"
          label={t('staff.reset.password')}
          hint={t('staff.firstPassword.hint', { n: MIN_PASSWORD_LENGTH })}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          width="medium"
        />
      </Form>
    </>
  );
}
