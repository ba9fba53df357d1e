import { useState } from 'react';
import { Visit } from '@valiza/domain';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { scheduling } from './scheduling-errors';
import { useAction } from './use-action';

interface CancelVisitProps {
  visit: Visit;
  onCancelled: (visit: Visit) => void;
}

/**
 * Takes a placed visit off the plan after a confirmation with a required reason. The server frees
 * the crew and kit, puts the request back among those waiting, and tells the applicant.
 */
export function CancelVisit({ visit, onCancelled }: CancelVisitProps) {
  const t = useT();
  const describe = useDescribeFailure();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cancel = useAction(async () => {
    const text = reason.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    const body = { version: visit.version, reason: text };
    const cancelled = await scheduling(() => api.post(`/api/v1/visits/${visit.id}/cancel`, body, Visit));
    setOpen(false);
    setReason('');
    onCancelled(cancelled);
  });

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setMissing(false);
          setOpen(true);
        }}
      >
        {t('planning.cancel.button')}
        <span className="visually-hidden"> {visit.requestNumber}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={t('planning.cancel.title', { number: visit.requestNumber })}
        confirmLabel={t('planning.cancel.confirm')}
        tone="danger"
        busy={cancel.busy}
        onConfirm={() => void cancel.start()}
        onCancel={() => setOpen(false)}
      >
        <p>
          {t('planning.cancel.text', {
            day: formatDate(visit.day),
            from: visit.startTime,
            to: visit.endTime,
          })}
        </p>
        {cancel.failure !== null && <p role="alert">{describe(cancel.failure)}</p>}
        <TextField
          name="reason"
          label={t('planning.cancel.reason')}
          hint={t('planning.cancel.reason.hint')}
          multiline
          rows={2}
          required
          value={reason}
          onChange={(value) => {
            setReason(value);
            if (value.trim()) setMissing(false);
          }}
          {...(missing ? { error: t('planning.cancel.reason.missing') } : {})}
        />
      </ConfirmDialog>
    </>
  );
}
