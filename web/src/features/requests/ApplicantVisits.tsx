import type { ApplicantCardVisit } from '@valiza/domain';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { DataTable } from '../../ui/DataTable';

/** The applicant's visits on the card: when, where, who went, whether it was cancelled, how it ended. */
export function ApplicantVisits({ visits }: { visits: readonly ApplicantCardVisit[] }) {
  const t = useT();
  return (
    <section className="section-block" aria-labelledby="card-visits">
      <h2 id="card-visits">{t('applicants.card.visits')}</h2>
      {visits.length === 0 ? (
        <p>{t('applicants.card.visits.empty')}</p>
      ) : (
        <DataTable<ApplicantCardVisit>
          caption={t('applicants.card.visits')}
          captionHidden
          rows={visits}
          rowKey={(v) => v.id}
          columns={[
            {
              key: 'day',
              header: t('applicants.visit.when'),
              cell: (v) => `${formatDate(v.day)}, ${v.startTime}–${v.endTime}`,
            },
            {
              key: 'kind',
              header: t('applicants.visit.kind'),
              cell: (v) => t(`applicants.visit.kind.${v.kind}`),
            },
            {
              key: 'state',
              header: t('common.status'),
              cell: (v) => (
                <span className={v.status === 'cancelled' ? 'tag tag--off' : 'tag tag--on'}>
                  {t(`applicants.visit.status.${v.status}`)}
                </span>
              ),
            },
            {
              key: 'administrators',
              header: t('applicants.visit.administrators'),
              cell: (v) => v.administrators.map((a) => a.name).join(', '),
            },
            { key: 'outcome', header: t('applicants.visit.outcome'), cell: (v) => <Outcome visit={v} /> },
            {
              key: 'request',
              header: t('applicants.visit.request'),
              cell: (v) => <Link to={`/requests/${v.requestId}`}>{v.requestNumber}</Link>,
            },
          ]}
        />
      )}
    </section>
  );
}

/** The office's cancellation reason, or the field's outcome with its reason, or nothing yet. */
function Outcome({ visit: v }: { visit: ApplicantCardVisit }) {
  const t = useT();
  if (v.status === 'cancelled')
    return <>{t('applicants.visit.cancelledBecause', { reason: v.cancelReason ?? '' })}</>;
  if (!v.outcome) return <>{t('applicants.visit.outcome.unknown')}</>;
  const outcome = t(`applicants.visit.outcome.${v.outcome}`);
  return (
    <>{v.outcomeReason ? `${outcome}: ${t(`fieldVisit.outcome.reason.${v.outcomeReason}`)}` : outcome}</>
  );
}
