import { useState } from 'react';
import { LoginBody } from '@valiza/domain';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { validate } from '../../ui/validate';
import { CredentialFields } from './CredentialFields';

function returnAddress(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from;
  }
  return '/';
}

/** Sign-in with login and password; afterwards back to the page that asked for it. */
export function SignInPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, signIn } = useAuth();
  const location = useLocation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  if (state.status === 'signed-in') return <Navigate to={returnAddress(location.state)} replace />;
  if (state.status === 'anonymous' && state.setupNeeded) return <Navigate to="/setup" replace />;

  const submit = async () => {
    const body = validate(LoginBody, { login, password }, locale);
    await signIn(body.login, body.password);
  };

  return (
    <>
      <PageHeader title={t('auth.signIn.title')} lead={<p>{t('auth.signIn.lead')}</p>} />
      {state.status === 'anonymous' && state.reason === 'expired' && (
        <Notice tone="warn">
          <p>{t('auth.signIn.expired')}</p>
        </Notice>
      )}
      <Form onSubmit={submit} submitLabel={t('auth.signIn.submit')}>
        <CredentialFields login={login} password={password} onLogin={setLogin} onPassword={setPassword} />
      </Form>
      <p className="muted-note">{t('auth.signIn.forgotten')}</p>
    </>
  );
}
