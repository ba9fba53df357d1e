import { useState } from 'react';
import type { ConflictDecision, VisitConflictItem } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { EmptyState } from '../../ui/EmptyState';
import { Form } from '../../ui/Form';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { ChoiceField } from '../feedback/ChoiceField';
import { CONFLICTS_URL, ConflictList, resolveConflict } from './conflicts-api';

/**
 * The head's list of field work the office crossed while the field was offline (a cancelled or moved
 * visit, a closed request). Each case shows what the office did and what the field did, and is
 * resolved with a decision and a note; a resolved case leaves the list.
 */
export function VisitConflictsPage() {
  const t = useT();
  const conflicts = useApiGet(CONFLICTS_URL, ConflictList);
  const [resolved, setResolved] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('conflicts.title')} lead={<p>{t('conflicts.lead')}</p>} />
      {resolved && <Notice tone="success">{t('conflicts.resolved', { number: resolved })}</Notice>}
      <Loaded resource={conflicts}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('conflicts.empty')} />
          ) : (
            data.items.map((item) => (
              <ConflictCase
                key={item.visitId}
                item={item}
                onResolved={() => {
                  setResolved(item.requestNumber);
                  conflicts.reload();
                }}
              />
            ))
          )
        }
      </Loaded>
    </>
  );
}

function ConflictCase({ item, onResolved }: { item: VisitConflictItem; onResolved: () => void }) {
  const t = useT();
  const [decision, setDecision] = useState<ConflictDecision | ''>('');
  const [note, setNote] = useState('');
  const outcome = item.outcome
    ? item.cancelReason
      ? `${t(`fieldVisit.outcome.${item.outcome}`)}: ${t(`fieldVisit.outcome.reason.${item.cancelReason}`)}`
      : t(`fieldVisit.outcome.${item.outcome}`)
    : t('conflicts.noOutcome');
  const submit = async () => {
    await resolveConflict(item.visitId, decision as ConflictDecision, note);
    onResolved();
  };
  return (
    <section className="card" aria-label={t('conflicts.case', { number: item.requestNumber })}>
      <h2>{t('conflicts.case', { number: item.requestNumber })}</h2>
      <dl className="details">
        <dt>{t('conflicts.applicant')}</dt>
        <dd>{item.applicantName}</dd>
        <dt>{t('conflicts.office')}</dt>
        <dd>
          {t(`conflicts.kind.${item.conflict}`, { day: formatDate(item.visitDay) })}.{' '}
          {t('conflicts.requestNow', { state: t(`requests.state.${item.requestState}`) })}
        </dd>
        <dt>{t('conflicts.field')}</dt>
        <dd>
          {t('conflicts.fieldWork', {
            administrator: item.administratorName,
            at: formatDateTime(item.finishedAt ?? item.arrivedAt ?? item.receivedAt),
          })}{' '}
          {outcome}
        </dd>
        <dt>{t('conflicts.applications')}</dt>
        <dd>
          {item.applications.length === 0
            ? t('conflicts.applications.none')
            : item.applications.map((a) => `${a.number} — ${a.serviceName}`).join('; ')}
        </dd>
      </dl>
      <Form onSubmit={submit} submitLabel={t('conflicts.submit')}>
        <ChoiceField
          name="decision"
          legend={t('conflicts.decision')}
          value={decision}
          onChange={(value) => setDecision(value as ConflictDecision)}
          choices={[
            { value: 'field_outcome', label: t('conflicts.decision.field_outcome') },
            { value: 'office_change', label: t('conflicts.decision.office_change') },
          ]}
          hint={t('conflicts.decision.hint')}
        />
        <TextField name="note" label={t('conflicts.note')} value={note} onChange={setNote} multiline />
      </Form>
    </section>
  );
}
