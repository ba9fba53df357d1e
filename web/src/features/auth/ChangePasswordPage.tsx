import { useState } from 'react';
import { ChangePasswordBody, MIN_PASSWORD_LENGTH } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { fieldProblem, validate } from '../../ui/validate';

const CODE_FIELDS = { 'auth.wrong_password': 'currentPassword', 'auth.weak_password': 'newPassword' };

/** Changing one's own password; the person's other sessions end. */
export function ChangePasswordPage() {
  const t = useT();
  const { locale } = useLocale();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    const body = validate(ChangePasswordBody, { currentPassword: current, newPassword: next }, locale);
    if (repeat !== next) throw fieldProblem('repeatPassword', t('auth.password.mismatch'), locale);
    await api.post('/api/v1/me/password', body);
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(true);
  };

  return (
    <>
      <PageHeader title={t('auth.password.title')} lead={<p>{t('auth.password.lead')}</p>} />
      {done && (
        <Notice tone="success">
          <p>{t('auth.password.changed')}</p>
        </Notice>
      )}
      <Form onSubmit={submit} submitLabel={t('auth.password.submit')} codeFields={CODE_FIELDS}>
        <TextField
          name="currentPassword"
          label={t('auth.password.current')}
          type="password"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          width="medium"
        />
        <TextField
          name="newPassword"
          label={t('auth.password.new')}
          hint={t('auth.password.rule', { n: MIN_PASSWORD_LENGTH })}
          type="password"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          width="medium"
        />
        <TextField
          name="repeatPassword"
          label={t('auth.password.repeat')}
          type="password"
          value={repeat}
          onChange={setRepeat}
          autoComplete="new-password"
          width="medium"
        />
      </Form>
    </>
  );
}
