import type { RequestDetail } from '@valiza/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate, formatDateTime, formatMoney, formatPhone } from '../../i18n/format';
import { serviceName } from '../intake/intake-api';

function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="details">{children}</dl>
    </section>
  );
}

/** Everything recorded at intake, read-only, every text shown as text. */
export function RequestFacts({ request: r }: { request: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const yesNo = (v: boolean | null) =>
    v === null ? t('common.notSet') : v ? t('requests.yes') : t('common.no');
  const a = r.place.address;
  const mark = (m: RequestDetail['liabilityWarning']) =>
    m
      ? t('requests.statement.given', { at: formatDateTime(m.at), who: m.personName ?? '' })
      : t('requests.statement.missing');
  return (
    <>
      <Part id="who-title" title={t('requests.part.who')}>
        <Row term={t('intake.channel')}>{t(`requests.channel.${r.channel}`)}</Row>
        <Row term={t('intake.requester.kind')}>{t(`requests.requester.${r.requester.kind}`)}</Row>
        <Row term={t('intake.requester.name')}>{r.requester.name}</Row>
        <Row term={t('intake.requester.phone')}>{r.requester.phone && formatPhone(r.requester.phone)}</Row>
        <Row term={t('intake.requester.relation')}>{r.requester.relation}</Row>
        <Row term={t('requests.applicant')}>
          <Link to={`/applicants/${r.applicant.id}`}>{r.applicant.fullName}</Link>
        </Row>
        <Row term={t('intake.applicant.birthDate')}>
          {r.applicant.birthDate ? formatDate(r.applicant.birthDate) : t('common.notSet')}
        </Row>
        <Row term={t('requests.phones')}>{r.applicant.phones.map(formatPhone).join(', ')}</Row>
        <Row term={t('intake.applicant.registered')}>{yesNo(r.applicant.registeredInCommunity)}</Row>
      </Part>
      <Part id="where-title" title={t('intake.section.place')}>
        <Row term={t('intake.place.kind')}>{t(`requests.place.${r.place.kind}`)}</Row>
        <Row term={t('intake.place.hospitalName')}>{r.place.hospitalName}</Row>
        <Row term={t('intake.place.ward')}>{r.place.ward}</Row>
        <Row term={t('intake.place.outreachPoint')}>{r.place.outreachPointName}</Row>
        {a && (
          <>
            <Row term={t('intake.place.locality')}>
              {a.localityName}
              {!a.inCommunity && ` (${t('requests.outsideCommunity')})`}
            </Row>
            <Row term={t('requests.address')}>
              {[a.street, a.building, a.apartment && t('requests.apartment', { n: a.apartment })]
                .filter(Boolean)
                .join(', ')}
            </Row>
            <Row term={t('intake.place.entrance')}>{a.entrance}</Row>
            <Row term={t('intake.place.floor')}>{a.floor}</Row>
            <Row term={t('intake.place.intercom')}>{a.intercom}</Row>
            <Row term={t('intake.place.routeNotes')}>{a.routeNotes}</Row>
            <Row term={t('intake.place.accessNotes')}>{a.accessNotes}</Row>
          </>
        )}
      </Part>
      <Part id="eligibility-title" title={t('intake.section.eligibility')}>
        <Row term={t('intake.category')}>
          {r.eligibility.category ? t(`requests.category.${r.eligibility.category}`) : t('common.notSet')}
        </Row>
        <Row term={t('intake.evidence')}>
          {r.eligibility.evidence && t(`requests.evidence.${r.eligibility.evidence}`)}
        </Row>
        <Row term={t('intake.evidenceNote')}>{r.eligibility.evidenceNote}</Row>
        <Row term={t('requests.reason')}>{r.decisionReason}</Row>
      </Part>
      <section className="section-block" aria-labelledby="services-title">
        <h2 id="services-title">{t('intake.section.services')}</h2>
        {r.services.map((s) => (
          <div key={s.serviceId} className="checklist">
            <p className="checklist__title">
              {serviceName(s, locale)}
              {s.fee.kind === 'paid' && ` — ${formatMoney(s.fee.amountKopiyky, locale)}`}
            </p>
            <p>{s.checklistReadOut ? t('requests.checklist.readOut') : t('requests.checklist.notReadOut')}</p>
            {s.paymentMethod && <p>{t(`requests.payment.${s.paymentMethod}`)}</p>}
            <ul>
              {s.documents.map((d) => (
                <li key={d.id}>
                  {d.name} ({t(`catalogue.form.${d.form}`)}) —{' '}
                  {d.atHand ? t('requests.doc.atHand') : t('requests.doc.notAtHand')}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <Part id="visit-title" title={t('requests.part.visit')}>
        <Row term={t('requests.plannedDate')}>
          {r.plannedDate ? formatDate(r.plannedDate) : t('common.notSet')}
        </Row>
        <Row term={t('intake.preferences.weekdays')}>
          {r.preferences.weekdays.map((d) => t(`weekday.${d}`)).join(', ')}
        </Row>
        <Row term={t('requests.windows')}>
          {r.preferences.windows.map((w) => `${w.from}–${w.to}`).join(', ')}
        </Row>
        <Row term={t('intake.preferences.note')}>{r.preferences.note}</Row>
        <Row term={t('intake.needs.witness')}>{r.needs.witness ? t('requests.yes') : ''}</Row>
        <Row term={t('intake.needs.securityEscort')}>{r.needs.securityEscort ? t('requests.yes') : ''}</Row>
        <Row term={t('intake.needs.partner')}>
          {r.needs.partner && t(`requests.partner.${r.needs.partner}`)}
        </Row>
        <Row term={t('intake.needs.partnerNote')}>{r.needs.partnerNote}</Row>
        <Row term={t('intake.needs.accessibility')}>{r.needs.accessibility}</Row>
      </Part>
      <Part id="statements-title" title={t('intake.section.statements')}>
        <Row term={t('intake.identification')}>
          {r.callerIdentification &&
            [t(`requests.identification.${r.callerIdentification.method}`), r.callerIdentification.note]
              .filter(Boolean)
              .join(' — ')}
        </Row>
        <Row term={t('intake.liabilityWarning')}>{mark(r.liabilityWarning)}</Row>
        <Row term={t('intake.personalDataNotice')}>{mark(r.personalDataNotice)}</Row>
        <Row term={t('requests.onlineAcknowledged')}>
          {r.onlineAcknowledgedAt && formatDateTime(r.onlineAcknowledgedAt)}
        </Row>
        <Row term={t('intake.notes')}>{r.notes}</Row>
        <Row term={t('requests.cancellation')}>
          {r.cancellation && `${t(`requests.cancelledBy.${r.cancellation.by}`)}: ${r.cancellation.reason}`}
        </Row>
      </Part>
    </>
  );
}
