import { RequestDetail, type RequestState } from '@valiza/domain';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { textOrNull } from '../../i18n/parse';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

type OfficeTarget = 'eligible' | 'rejected' | 'cancelled';
const OFFICE_TARGETS: readonly OfficeTarget[] = ['eligible', 'rejected', 'cancelled'];
const CANCELLED_BY = ['applicant', 'requester', 'centre'] as const;

interface TransitionPanelProps {
  request: RequestDetail;
  onChanged: (request: RequestDetail) => void;
}

/**
 * The state changes the office may make now (the server lists them): mark eligible at once, reject
 * or cancel with a reason. Planning and visits change the other states.
 */
export function TransitionPanel({ request, onChanged }: TransitionPanelProps) {
  const t = useT();
  const describe = useDescribeFailure();
  const [open, setOpen] = useState<'rejected' | 'cancelled' | null>(null);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState<(typeof CANCELLED_BY)[number]>('applicant');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const targets = OFFICE_TARGETS.filter((s) => request.allowedTransitions.includes(s as RequestState));
  if (targets.length === 0) return null;

  const send = async (to: OfficeTarget) => {
    const body = {
      version: request.version,
      to,
      reason: textOrNull(reason),
      cancelledBy: to === 'cancelled' ? by : null,
    };
    const answer = await api.post(`/api/v1/requests/${request.id}/transitions`, body, RequestDetail);
    setOpen(null);
    setReason('');
    onChanged(answer);
  };
  const markEligible = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await send('eligible');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section-block" aria-labelledby="transitions-title">
      <h2 id="transitions-title">{t('requests.transitions.title')}</h2>
      {failure !== null && (
        <Notice tone="error">
          <p>{describe(failure)}</p>
        </Notice>
      )}
      <div className="form__actions">
        {targets.includes('eligible') && (
          <Button busy={busy} onClick={() => void markEligible()}>
            {t('requests.transition.eligible')}
          </Button>
        )}
        {targets.includes('rejected') && (
          <Button variant="secondary" aria-expanded={open === 'rejected'} onClick={() => setOpen('rejected')}>
            {t('requests.transition.rejected')}
          </Button>
        )}
        {targets.includes('cancelled') && (
          <Button
            variant="secondary"
            aria-expanded={open === 'cancelled'}
            onClick={() => setOpen('cancelled')}
          >
            {t('requests.transition.cancelled')}
          </Button>
        )}
      </div>
      {open && (
        <Form
          key={open}
          aria-label={t(`requests.transition.${open}`)}
          onSubmit={() => send(open)}
          submitLabel={t(`requests.transition.${open}.confirm`)}
          submitVariant="danger"
          actions={
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </Button>
          }
        >
          {open === 'cancelled' && (
            <Select
              name="cancelledBy"
              label={t('requests.cancelledBy')}
              value={by}
              onChange={(v) => setBy(v as typeof by)}
              options={CANCELLED_BY.map((b) => ({ value: b, label: t(`requests.cancelledBy.${b}`) }))}
            />
          )}
          <TextField
            name="reason"
            label={t('requests.reason')}
            multiline
            rows={2}
            value={reason}
            onChange={setReason}
          />
        </Form>
      )}
    </section>
  );
}
