import { useState } from 'react';
import { DEFAULT_WORKING_HOURS, StaffHours, StaffHoursBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { validate } from '../../ui/validate';
import { fromHoursDraft, toHoursDraft } from '../centre/working-hours';
import { WorkingHoursEditor } from '../centre/WorkingHoursEditor';

/** A person's own weekly hours, or "follows the centre's hours". */
export function StaffHoursForm({ value, canEdit }: { value: StaffHours; canEdit: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const [own, setOwn] = useState(value.hours !== null);
  const [draft, setDraft] = useState(toHoursDraft(value.hours ?? DEFAULT_WORKING_HOURS));
  const [saved, setSaved] = useState(false);

  if (!canEdit) return <p>{value.hours ? t('staffTime.hours.own') : t('staffTime.hours.centre')}</p>;
  const submit = async () => {
    setSaved(false);
    const body = validate(StaffHoursBody, { hours: own ? fromHoursDraft(draft) : null }, locale);
    await api.put(`/api/v1/staff/${value.personId}/hours`, body, StaffHours);
    setSaved(true);
  };
  return (
    <Form onSubmit={submit} submitLabel={t('staffTime.hours.save')}>
      {saved && <Notice tone="success">{t('common.saved')}</Notice>}
      <Checkbox
        name="ownHours"
        label={t('staffTime.hours.ownToggle')}
        hint={t('staffTime.hours.ownToggle.hint')}
        checked={own}
        onChange={setOwn}
      />
      {own && <WorkingHoursEditor value={draft} onChange={setDraft} />}
    </Form>
  );
}
