import { ApplicantCard } from '@valiza/domain';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { useApiGet } from '../../api/use-resource';
import { FlashNotice } from '../../app/flash';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useT } from '../../i18n/i18n-context';
import { formatDate, formatPhone } from '../../i18n/format';
import { DataTable } from '../../ui/DataTable';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { ApplicantVisits } from './ApplicantVisits';
import { StateTag } from './StateTag';
import './requests.css';

type CardRequest = ApplicantCard['requests'][number];

/** `/applicants/:id`: the person, every request with its state, every visit, earlier incidents. */
export function ApplicantCardPage() {
  const t = useT();
  const { id = '' } = useParams();
  const card = useApiGet(`/api/v1/applicants/${id}`, ApplicantCard);
  if (card.error instanceof ApiError && card.error.code === 'not_found') return <NotFoundPage />;
  return (
    <Loaded resource={card}>
      {({ applicant: a, requests, visits, incidents }) => (
        <>
          <PageHeader title={a.fullName} lead={<p>{t('applicants.card.lead')}</p>} />
          <FlashNotice />
          <dl className="details">
            <div className="details__row">
              <dt>{t('intake.applicant.birthDate')}</dt>
              <dd>{a.birthDate ? formatDate(a.birthDate) : t('common.notSet')}</dd>
            </div>
            <div className="details__row">
              <dt>{t('requests.phones')}</dt>
              <dd>{a.phones.map(formatPhone).join(', ') || t('common.notSet')}</dd>
            </div>
            <div className="details__row">
              <dt>{t('intake.applicant.registered')}</dt>
              <dd>
                {a.registeredInCommunity === null
                  ? t('common.notSet')
                  : a.registeredInCommunity
                    ? t('requests.yes')
                    : t('common.no')}
              </dd>
            </div>
          </dl>
          <section className="section-block" aria-labelledby="card-requests">
            <h2 id="card-requests">{t('applicants.card.requests')}</h2>
            <DataTable<CardRequest>
              caption={t('applicants.card.requests')}
              captionHidden
              rows={requests}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'number',
                  header: t('requests.number'),
                  cell: (r) => <Link to={`/requests/${r.id}`}>{r.number}</Link>,
                },
                { key: 'created', header: t('requests.createdAt'), cell: (r) => formatDate(r.createdAt) },
                { key: 'state', header: t('common.status'), cell: (r) => <StateTag state={r.state} /> },
                {
                  key: 'planned',
                  header: t('requests.plannedDate'),
                  cell: (r) => (r.plannedDate ? formatDate(r.plannedDate) : ''),
                },
                {
                  key: 'address',
                  header: t('requests.address'),
                  cell: (r) => r.address ?? t(`requests.place.${r.placeKind}`),
                },
                { key: 'services', header: t('requests.services'), cell: (r) => r.services.join(', ') },
              ]}
            />
          </section>
          <ApplicantVisits visits={visits} />
          {incidents.length > 0 && (
            <section className="section-block" aria-labelledby="card-incidents">
              <h2 id="card-incidents">{t('applicants.card.incidents')}</h2>
              <ul>
                {incidents.map((i) => (
                  <li key={i.id}>
                    {formatDate(i.occurredOn)} — {t(`applicants.incident.${i.kind}`)}
                    {i.note && `: ${i.note}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Loaded>
  );
}
