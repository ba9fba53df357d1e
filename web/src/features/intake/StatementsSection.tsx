import { useT } from '../../i18n/i18n-context';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { Outcome } from './intake-draft';
import type { SectionProps } from './section-props';

const METHODS = [
  'personal_details',
  'callback',
  'known_to_staff',
  'document_shown',
  'social_worker_confirmed',
  'other',
] as const;
const OUTCOMES: Outcome[] = ['pending', 'eligible', 'not_eligible'];

/**
 * How a phone caller was identified, the two statements the operator must give (liability for false
 * information, the personal-data notice), notes, and the decision.
 */
export function StatementsSection({
  draft,
  update,
  set,
  withDecision = true,
}: SectionProps & { withDecision?: boolean }) {
  const t = useT();
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('intake.section.statements')}</legend>
        {draft.channel === 'phone' && (
          <>
            <Select
              name="callerIdentification"
              label={t('intake.identification')}
              hint={t('intake.identification.hint')}
              value={draft.identification.method}
              onChange={(method) => update('identification', { method })}
              emptyOption={t('common.choose')}
              options={METHODS.map((m) => ({ value: m, label: t(`requests.identification.${m}`) }))}
            />
            <TextField
              name="callerIdentification.note"
              label={t('intake.identification.note')}
              optional
              value={draft.identification.note}
              onChange={(note) => update('identification', { note })}
            />
          </>
        )}
        <Checkbox
          name="liabilityWarning"
          label={t('intake.liabilityWarning')}
          hint={t('intake.liabilityWarning.hint')}
          checked={draft.liabilityWarning}
          onChange={(liabilityWarning) => set('liabilityWarning', liabilityWarning)}
        />
        <Checkbox
          name="personalDataNotice"
          label={t('intake.personalDataNotice')}
          hint={t('intake.personalDataNotice.hint')}
          checked={draft.personalDataNotice}
          onChange={(personalDataNotice) => set('personalDataNotice', personalDataNotice)}
        />
        <TextField
          name="notes"
          label={t('intake.notes')}
          optional
          multiline
          rows={3}
          value={draft.notes}
          onChange={(notes) => set('notes', notes)}
        />
      </fieldset>
      {withDecision && (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('intake.section.decision')}</legend>
          <Select
            name="decision.outcome"
            label={t('intake.decision')}
            hint={t('intake.decision.hint')}
            value={draft.decision.outcome}
            onChange={(v) => update('decision', { outcome: v as Outcome })}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`intake.decision.${o}`) }))}
          />
          {draft.decision.outcome === 'not_eligible' && (
            <TextField
              name="decision.reason"
              label={t('intake.decision.reason')}
              multiline
              rows={2}
              value={draft.decision.reason}
              onChange={(reason) => update('decision', { reason })}
            />
          )}
        </fieldset>
      )}
    </>
  );
}
