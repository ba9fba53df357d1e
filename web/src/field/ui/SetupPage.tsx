import { useEffect, useState } from 'react';
import { LoginBody, Me } from '@valiza/domain';
import { api } from '../../api/client';
import { ApiError, NetworkError } from '../../api/errors';
import { formatDate } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { browserName, registerThisDevice } from '../registration';
import { setUpDevice, type WipeReason } from '../session';
import { requestPersistentStorage } from '../storage';
import { syncNow } from '../sync-client';
import { isValidPin } from '../vault';
import { CredentialFields } from '../../features/auth/CredentialFields';

type Who = { kind: 'checking' } | { kind: 'signed-in'; me: Me } | { kind: 'anonymous' } | { kind: 'offline' };

/**
 * First run of the field app on this browser (online, once): sign in if needed, choose a PIN; the
 * device is registered, its data key made and wrapped with the PIN, and the first pull fetched.
 */
export function SetupPage({ wiped }: { wiped: WipeReason | null }) {
  const t = useT();
  const { locale } = useLocale();
  const [who, setWho] = useState<Who>({ kind: 'checking' });
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [pin, setPin] = useState('');
  const [pinRepeat, setPinRepeat] = useState('');

  useEffect(() => {
    let current = true;
    api
      .get('/api/v1/me', Me)
      .then((me) => current && setWho({ kind: 'signed-in', me }))
      .catch((error: unknown) => {
        if (current) setWho(error instanceof NetworkError ? { kind: 'offline' } : { kind: 'anonymous' });
      });
    return () => {
      current = false;
    };
  }, []);

  const pinProblem = (path: string, key: 'field.setup.pinInvalid' | 'field.setup.pinMismatch') =>
    new ApiError(400, 'validation.failed', t(key), [{ path, code: 'invalid', message: t(key) }]);

  const submit = async () => {
    if (!isValidPin(pin)) throw pinProblem('pin', 'field.setup.pinInvalid');
    if (pin !== pinRepeat) throw pinProblem('pinRepeat', 'field.setup.pinMismatch');
    let me = who.kind === 'signed-in' ? who.me : null;
    if (!me) {
      const body = validate(LoginBody, { login, password }, locale);
      me = await api.post('/api/v1/auth/login', body, Me);
    }
    if (!me.roles.includes('administrator')) {
      // Not a catalogue code: the interface shows the message given here.
      throw new ApiError(403, 'field.not_administrator', t('field.setup.notAdministrator'));
    }
    const label = t('field.setup.deviceLabel', {
      browser: browserName(navigator.userAgent),
      date: formatDate(new Date()),
    });
    await setUpDevice(pin, () => registerThisDevice(label));
    void requestPersistentStorage();
    void syncNow();
  };

  return (
    <>
      <PageHeader title={t('field.setup.title')} lead={<p>{t('field.setup.lead')}</p>} />
      {wiped && (
        <Notice tone="warn">
          <p>{t(`field.wiped.${wiped}`)}</p>
        </Notice>
      )}
      {who.kind === 'offline' && (
        <Notice tone="warn">
          <p>{t('field.setup.needsNetwork')}</p>
        </Notice>
      )}
      {who.kind === 'signed-in' && <p>{t('field.setup.signedInAs', { name: who.me.person.name })}</p>}
      {who.kind !== 'checking' && (
        <Form
          onSubmit={submit}
          submitLabel={t('field.setup.submit')}
          codeFields={{ 'auth.invalid_credentials': 'password' }}
        >
          {who.kind !== 'signed-in' && (
            <CredentialFields login={login} password={password} onLogin={setLogin} onPassword={setPassword} />
          )}
          <TextField
            name="pin"
            label={t('field.setup.pin')}
            hint={t('field.setup.pinHint')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={setPin}
            width="short"
          />
          <TextField
            name="pinRepeat"
            label={t('field.setup.pinRepeat')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pinRepeat}
            onChange={setPinRepeat}
            width="short"
          />
        </Form>
      )}
    </>
  );
}
