import { useState } from 'react';
import { Me, MIN_PASSWORD_LENGTH, SetupBody } from '@valiza/domain';
import { Navigate } from 'react-router';
import { api } from '../../api/client';
import { useAuth } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { CentreIdentityFields } from './CentreIdentityFields';

const EMPTY = {
  token: '',
  region: '',
  community: '',
  katotth: '',
  centreName: '',
  code: '',
  slug: '',
  headName: '',
  login: '',
  password: '',
};

const CODE_FIELDS = { 'setup.invalid_token': 'token' };

/**
 * The first run of an empty installation: the one-time code from the server console, the first
 * region, community and centre, and its head, who is signed in at the end.
 */
export function SetupPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, completeSetup } = useAuth();
  const [v, setV] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV((old) => ({ ...old, [key]: value }));

  if (state.status === 'signed-in') return <Navigate to="/" replace />;
  if (state.status === 'anonymous' && !state.setupNeeded) return <Navigate to="/sign-in" replace />;

  const submit = async () => {
    const body = validate(
      SetupBody,
      {
        token: v.token,
        region: { name: v.region },
        community: { name: v.community, katotth: textOrNull(v.katotth) },
        centre: { name: v.centreName, code: v.code.trim().toUpperCase(), slug: v.slug.trim().toLowerCase() },
        head: { name: v.headName, login: v.login.trim().toLowerCase(), password: v.password },
      },
      locale,
    );
    completeSetup(await api.post('/api/v1/setup', body, Me));
  };

  return (
    <>
      <PageHeader title={t('setup.title')} lead={<p>{t('setup.lead')}</p>} />
      <Form onSubmit={submit} submitLabel={t('setup.submit')} codeFields={CODE_FIELDS}>
        <TextField
          name="token"
          label={t('setup.token')}
          hint={t('setup.token.hint')}
          value={v.token}
          onChange={set('token')}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <h2 className="form-section">{t('setup.section.place')}</h2>
        <TextField
          name="region.name"
          label={t('setup.region')}
          hint={t('setup.region.hint')}
          value={v.region}
          onChange={set('region')}
        />
        <TextField
          name="community.name"
          label={t('setup.community')}
          hint={t('setup.community.hint')}
          value={v.community}
          onChange={set('community')}
        />
        <TextField
          name="community.katotth"
          label={t('setup.katotth')}
          hint={t('setup.katotth.hint')}
          value={v.katotth}
          onChange={set('katotth')}
          optional
          spellCheck={false}
          width="medium"
        />
        <h2 className="form-section">{t('setup.section.centre')}</h2>
        <CentreIdentityFields
          path="centre."
          name={v.centreName}
          code={v.code}
          slug={v.slug}
          onName={set('centreName')}
          onCode={set('code')}
          onSlug={set('slug')}
        />
        <h2 className="form-section">{t('setup.section.head')}</h2>
        <TextField
          name="head.name"
          label={t('setup.headName')}
          value={v.headName}
          onChange={set('headName')}
          autoComplete="name"
        />
        <TextField
          name="head.login"
          label={t('auth.login')}
          hint={t('auth.login.hint')}
          value={v.login}
          onChange={set('login')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          width="medium"
        />
        <TextField
          name="head.password"
          label={t('auth.password')}
          hint={t('auth.password.rule', { n: MIN_PASSWORD_LENGTH })}
          type="password"
          value={v.password}
          onChange={set('password')}
          autoComplete="new-password"
          width="medium"
        />
      </Form>
    </>
  );
}
