import type { Weekday } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { IntakeDraft } from './intake-draft';
import type { SectionProps } from './section-props';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PARTNERS = ['social_protection', 'pension_fund', 'other'] as const;

/** When the visit suits the person, and what it needs besides the administrator. */
export function PreferencesSection({ draft, update }: SectionProps) {
  const t = useT();
  const pref = draft.preferences;
  const needs = draft.needs;
  const toggleDay = (day: Weekday, on: boolean) =>
    update('preferences', {
      weekdays: on
        ? WEEKDAYS.filter((d) => d === day || pref.weekdays.includes(d))
        : pref.weekdays.filter((d) => d !== day),
    });
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('intake.section.preferences')}</legend>
        <CheckboxGroup
          name="preferences.weekdays"
          legend={t('intake.preferences.weekdays')}
          hint={t('intake.preferences.weekdays.hint')}
        >
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              name={`preferences.weekdays.${day}`}
              label={t(`weekday.${day}`)}
              checked={pref.weekdays.includes(day)}
              onChange={(on) => toggleDay(day, on)}
            />
          ))}
        </CheckboxGroup>
        <div className="field-row">
          <TextField
            name="preferences.windows.0.from"
            label={t('intake.preferences.from')}
            type="time"
            width="time"
            optional
            value={pref.from}
            onChange={(from) => update('preferences', { from })}
          />
          <TextField
            name="preferences.windows.0.to"
            label={t('intake.preferences.to')}
            type="time"
            width="time"
            optional
            value={pref.to}
            onChange={(to) => update('preferences', { to })}
          />
        </div>
        <TextField
          name="preferences.note"
          label={t('intake.preferences.note')}
          optional
          value={pref.note}
          onChange={(note) => update('preferences', { note })}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('intake.section.needs')}</legend>
        <Checkbox
          name="needs.witness"
          label={t('intake.needs.witness')}
          hint={t('intake.needs.witness.hint')}
          checked={needs.witness}
          onChange={(witness) => update('needs', { witness })}
        />
        <Checkbox
          name="needs.securityEscort"
          label={t('intake.needs.securityEscort')}
          checked={needs.securityEscort}
          onChange={(securityEscort) => update('needs', { securityEscort })}
        />
        <Select
          name="needs.partner"
          label={t('intake.needs.partner')}
          value={needs.partner}
          onChange={(v) => update('needs', { partner: v as IntakeDraft['needs']['partner'] })}
          emptyOption={t('intake.needs.partner.none')}
          options={PARTNERS.map((p) => ({ value: p, label: t(`requests.partner.${p}`) }))}
        />
        {needs.partner && (
          <TextField
            name="needs.partnerNote"
            label={t('intake.needs.partnerNote')}
            optional
            value={needs.partnerNote}
            onChange={(partnerNote) => update('needs', { partnerNote })}
          />
        )}
        <TextField
          name="needs.accessibility"
          label={t('intake.needs.accessibility')}
          hint={t('intake.needs.accessibility.hint')}
          optional
          value={needs.accessibility}
          onChange={(accessibility) => update('needs', { accessibility })}
        />
      </fieldset>
    </>
  );
}
