import { useState } from 'react';
import { SurveySettings, SurveySettingsBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';

/** The survey rules: the head changes them, the quality officer reads them. */
export function SurveySettingsSection() {
  const t = useT();
  const settings = useApiGet('/api/v1/surveys/settings', SurveySettings);
  return (
    <section className="section" aria-labelledby="survey-settings">
      <h2 id="survey-settings">{t('surveys.settings.title')}</h2>
      <Loaded resource={settings}>
        {(data) => <SettingsForm key={data.version} settings={data} onSaved={settings.replace} />}
      </Loaded>
    </section>
  );
}

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: SurveySettings;
  onSaved: (s: SurveySettings) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [due, setDue] = useState(String(settings.dueWorkingDays));
  const [share, setShare] = useState(String(settings.sharePercent));
  const [saved, setSaved] = useState(false);
  if (!me.roles.includes('head'))
    return (
      <dl className="figures">
        <dt>{t('surveys.settings.due')}</dt>
        <dd>{settings.dueWorkingDays}</dd>
        <dt>{t('surveys.settings.share')}</dt>
        <dd>{settings.sharePercent}</dd>
      </dl>
    );
  const submit = async () => {
    const body = validate(
      SurveySettingsBody,
      { dueWorkingDays: Number(due), sharePercent: Number(share), version: settings.version },
      locale,
    );
    onSaved(await api.put('/api/v1/surveys/settings', body, SurveySettings));
    setSaved(true);
  };
  return (
    <>
      {saved && <Notice tone="success">{t('common.saved')}</Notice>}
      <Form onSubmit={submit} submitLabel={t('common.save')}>
        <TextField
          name="dueWorkingDays"
          label={t('surveys.settings.due')}
          value={due}
          onChange={setDue}
          inputMode="numeric"
          width="short"
        />
        <TextField
          name="sharePercent"
          label={t('surveys.settings.share')}
          hint={t('surveys.settings.share.hint')}
          value={share}
          onChange={setShare}
          inputMode="numeric"
          width="short"
        />
      </Form>
    </>
  );
}
