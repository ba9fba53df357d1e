import { useT } from '../../i18n/i18n-context';
import { TextField } from '../../ui/TextField';

interface CredentialFieldsProps {
  login: string;
  password: string;
  onLogin: (value: string) => void;
  onPassword: (value: string) => void;
}

/** The login and password fields of a sign-in, as browsers and password managers expect them. */
export function CredentialFields({ login, password, onLogin, onPassword }: CredentialFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        name="login"
        label={t('auth.login')}
        value={login}
        onChange={onLogin}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        width="medium"
      />
      <TextField
        name="password"
        label={t('auth.password')}
        type="password"
        value={password}
        onChange={onPassword}
        autoComplete="current-password"
        width="medium"
      />
    </>
  );
}
