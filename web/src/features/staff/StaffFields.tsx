import { MIN_PASSWORD_LENGTH } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { TextField } from '../../ui/TextField';

export interface PersonDraft {
  name: string;
  login: string;
  password: string;
  phone: string;
  email: string;
}

export const EMPTY_PERSON: PersonDraft = { name: '', login: '', password: '', phone: '', email: '' };

interface StaffFieldsProps {
  value: PersonDraft;
  onChange: (value: PersonDraft) => void;
  /** New people get a login and a first password; existing ones keep theirs. */
  withCredentials: boolean;
}

/** Name, sign-in and contacts of a staff member, shared by "add" and "edit". */
export function StaffFields({ value, onChange, withCredentials }: StaffFieldsProps) {
  const t = useT();
  const set = (key: keyof PersonDraft) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <>
      <TextField
        name="name"
        label={t('staff.name')}
        value={value.name}
        onChange={set('name')}
        autoComplete="off"
      />
      {withCredentials && (
        <>
          <TextField
            name="login"
            label={t('auth.login')}
            hint={t('auth.login.hint')}
            value={value.login}
            onChange={set('login')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            width="medium"
          />
          <TextField
            name="password"
            label={t('staff.firstPassword')}
            hint={t('staff.firstPassword.hint', { n: MIN_PASSWORD_LENGTH })}
            type="password"
            value={value.password}
            onChange={set('password')}
            autoComplete="new-password"
            width="medium"
          />
        </>
      )}
      <TextField
        name="phone"
        label={t('staff.phone')}
        hint={t('common.phone.hint')}
        type="tel"
        value={value.phone}
        onChange={set('phone')}
        optional
        autoComplete="off"
        width="medium"
      />
      <TextField
        name="email"
        label={t('staff.email')}
        type="email"
        value={value.email}
        onChange={set('email')}
        optional
        autoComplete="off"
        spellCheck={false}
        width="medium"
      />
    </>
  );
}
