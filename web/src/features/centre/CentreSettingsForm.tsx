import { useState } from 'react';
import { Centre, UpdateCentreBody } from '@valiza/domain';
import { api } from '../../api/client';
import { hasCode } from '../../api/errors';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatPhone, normalisePhone } from '../../i18n/format';
import { textOrNull } from '../../i18n/parse';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { fieldProblems, validate } from '../../ui/validate';
import { fromHoursDraft, hoursProblems, toHoursDraft } from './working-hours';
import { WorkingHoursEditor } from './WorkingHoursEditor';

function draftOf(centre: Centre) {
  return {
    name: centre.name,
    address: centre.address ?? '',
    phone: centre.phone ? formatPhone(centre.phone) : '',
    email: centre.email ?? '',
    martialLaw: centre.martialLaw,
    hours: toHoursDraft(centre.workingHours),
  };
}

interface CentreSettingsFormProps {
  centre: Centre;
  onSaved: (centre: Centre) => void;
  /** Somebody else saved first: the form has been reset to `fresh`. */
  onConflict: (fresh: Centre) => void;
}

/**
 * The head's settings of their centre. The save carries the version that was read; when somebody
 * saved in between, the server answers `conflict` and the form starts again from the fresh data.
 */
export function CentreSettingsForm({ centre, onSaved, onConflict }: CentreSettingsFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState(() => draftOf(centre));
  const set =
    <K extends keyof typeof draft>(key: K) =>
    (value: (typeof draft)[K]) =>
      setDraft((old) => ({ ...old, [key]: value }));

  const submit = async () => {
    const problems = hoursProblems(draft.hours, t('centre.hours.endBeforeStart'));
    if (problems.length) throw fieldProblems(problems, locale);
    const body = validate(
      UpdateCentreBody,
      {
        version: centre.version,
        name: draft.name,
        address: textOrNull(draft.address),
        phone: normalisePhone(draft.phone),
        email: textOrNull(draft.email),
        workingHours: fromHoursDraft(draft.hours),
        martialLaw: draft.martialLaw,
      },
      locale,
    );
    try {
      onSaved(await api.patch(`/api/v1/centres/${centre.id}`, body, Centre));
    } catch (error) {
      if (!hasCode(error, 'conflict')) throw error;
      const fresh = await api.get('/api/v1/centre', Centre);
      setDraft(draftOf(fresh));
      onConflict(fresh);
    }
  };

  return (
    <Form onSubmit={submit} submitLabel={t('common.save')}>
      <TextField name="name" label={t('centre.name')} value={draft.name} onChange={set('name')} />
      <TextField
        name="address"
        label={t('centre.address')}
        value={draft.address}
        onChange={set('address')}
        optional
      />
      <TextField
        name="phone"
        label={t('centre.phone')}
        hint={t('common.phone.hint')}
        type="tel"
        value={draft.phone}
        onChange={set('phone')}
        optional
        autoComplete="off"
        width="medium"
      />
      <TextField
        name="email"
        label={t('centre.email')}
        type="email"
        value={draft.email}
        onChange={set('email')}
        optional
        autoComplete="off"
        width="medium"
        spellCheck={false}
      />
      <WorkingHoursEditor value={draft.hours} onChange={set('hours')} />
      <div className="form-section">
        <Checkbox
          name="martialLaw"
          label={t('centre.martialLaw')}
          checked={draft.martialLaw}
          onChange={set('martialLaw')}
          hint={
            <>
              <p>{t('centre.martialLaw.on')}</p>
              <p>{t('centre.martialLaw.off')}</p>
            </>
          }
        />
      </div>
    </Form>
  );
}
