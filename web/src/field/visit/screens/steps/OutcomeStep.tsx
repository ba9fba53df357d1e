import { useState } from 'react';
import { VISIT_CANCEL_REASONS, type VisitOutcome } from '@valiza/domain';
import { formatDate } from '../../../../i18n/format';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Notice } from '../../../../ui/Notice';
import { Select } from '../../../../ui/Select';
import { TextField } from '../../../../ui/TextField';
import { finishVisit } from '../../flow/visit-actions';
import { isRegistered, stepProblem } from '../../flow/visit-flow';
import type { DraftOutcome } from '../../flow/visit-draft';
import type { StepProps } from '../StepView';

/**
 * The outcome: completed, partly completed (what is left becomes a follow-up request) or cancelled
 * with its reason; doubtful capacity records the witness and a printable act; aggression an incident
 * report. Enqueues `incident.report` (aggression) and `visit.finish`.
 */
export function OutcomeStep({ data, update }: StepProps) {
  const t = useT();
  const { draft } = data;
  const o = draft.outcome;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);
  const set = (change: Partial<DraftOutcome>) =>
    void update((d) => ({ ...d, outcome: { ...d.outcome, ...change } }));
  const outcomes: VisitOutcome[] = isRegistered(draft) ? ['completed', 'partly_completed'] : ['cancelled'];
  const left = draft.services.filter((s) => !s.included);
  const finish = async () => {
    if (stepProblem(draft)) {
      setProblem(true);
      return;
    }
    setBusy(true);
    try {
      await update(await finishVisit(draft));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Select
        name="outcome"
        label={t('fieldVisit.outcome.legend')}
        value={o.outcome}
        emptyOption={t('fieldVisit.outcome.legend')}
        onChange={(value) => set({ outcome: outcomes.find((x) => x === value) ?? '' })}
        options={outcomes.map((x) => ({ value: x, label: t(`fieldVisit.outcome.${x}`) }))}
      />
      {o.outcome === 'partly_completed' && left.length > 0 && (
        <p>{t('fieldVisit.outcome.followUp', { services: left.map((s) => s.name).join(', ') })}</p>
      )}
      {o.outcome === 'cancelled' && (
        <Select
          name="cancelReason"
          label={t('fieldVisit.outcome.reason')}
          value={o.cancelReason}
          emptyOption={t('fieldVisit.outcome.reason')}
          onChange={(value) => set({ cancelReason: VISIT_CANCEL_REASONS.find((r) => r === value) ?? '' })}
          options={VISIT_CANCEL_REASONS.map((r) => ({
            value: r,
            label: t(`fieldVisit.outcome.reason.${r}`),
          }))}
        />
      )}
      {o.cancelReason === 'doubtful_capacity' && o.outcome === 'cancelled' && (
        <>
          <TextField
            name="witnessName"
            label={t('fieldVisit.outcome.witness')}
            value={o.witnessName}
            onChange={(witnessName) => set({ witnessName })}
          />
          <TextField
            name="witnessRole"
            label={t('fieldVisit.outcome.witnessRole')}
            value={o.witnessRole}
            onChange={(witnessRole) => set({ witnessRole })}
            optional
          />
          <TextField
            name="capacityAct"
            label={t('fieldVisit.outcome.act')}
            multiline
            rows={6}
            value={o.capacityAct}
            onChange={(capacityAct) => set({ capacityAct })}
          />
          <article className="printable print-only" aria-hidden="true">
            <h3>{t('fieldVisit.outcome.actTitle')}</h3>
            <p>
              {formatDate(new Date())}, {data.visit.location.address}
            </p>
            <p>{data.visit.applicant.name}</p>
            <p className="pre-wrap">{o.capacityAct}</p>
            <p>
              {t('fieldVisit.outcome.witness')}: {o.witnessName} ____________
            </p>
            <p>
              {t('fieldVisit.confirmation.administrator')}: {data.administratorName} ____________
            </p>
          </article>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('fieldVisit.outcome.printAct')}
          </Button>
        </>
      )}
      {o.cancelReason === 'aggression' && o.outcome === 'cancelled' && (
        <TextField
          name="incidentDescription"
          label={t('fieldVisit.outcome.incident')}
          multiline
          rows={4}
          value={o.incidentDescription}
          onChange={(incidentDescription) => set({ incidentDescription })}
        />
      )}
      <TextField
        name="note"
        label={t('fieldVisit.outcome.note')}
        multiline
        rows={3}
        value={o.note}
        onChange={(note) => set({ note })}
        optional
      />
      {problem && stepProblem(draft) && (
        <Notice tone="error">{t('fieldVisit.problem.outcome_incomplete')}</Notice>
      )}
      <Button variant="primary" busy={busy} onClick={() => void finish()}>
        {t('fieldVisit.outcome.finish')}
      </Button>
    </>
  );
}

/** The visit is over: everything waits in the outbox. */
export function FinishedStep(_: StepProps) {
  const t = useT();
  return <Notice tone="success">{t('fieldVisit.finished.lead')}</Notice>;
}
