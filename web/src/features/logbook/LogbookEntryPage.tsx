import {
  DELIVERY_METHODS,
  FORWARD_METHODS,
  LogbookEntry,
  PROVIDER_DECISIONS,
  type LogbookEvent,
} from '@valiza/domain';
import { Link, useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { formatDate, formatDateTime, formatPhone } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EntryActions } from './EntryActions';
import { EntryCorrection } from './EntryCorrection';
import { LOGBOOK_WRITERS } from './logbook-api';
import { LogbookTabs } from './LogbookTabs';

/** The values of an event's content as plain text (markup in them is shown as typed). */
function contentText(ev: LogbookEvent, t: ReturnType<typeof useT>): string {
  return Object.entries(ev.content)
    .map(([key, value]) => {
      const text = String(value);
      if (key === 'method' && ev.kind === 'forwarded' && isOneOf(FORWARD_METHODS, text))
        return t(`logbook.forward.${text}`);
      if (key === 'method' && ev.kind === 'delivered' && isOneOf(DELIVERY_METHODS, text))
        return t(`logbook.delivery.${text}`);
      if (key === 'decision' && isOneOf(PROVIDER_DECISIONS, text)) return t(`logbook.decision.${text}`);
      if (key === 'justified')
        return t(value ? 'logbook.refusals.justified' : 'logbook.refusals.unjustified');
      return text;
    })
    .join('; ');
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** One application: what was registered, its deadlines, its events, and the next step. */
export default function LogbookEntryPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const { id } = useParams();
  const entry = useApiGet(`/api/v1/logbook/${id}`, LogbookEntry);
  return (
    <Loaded resource={entry}>
      {(e) => (
        <>
          <PageHeader
            title={t('logbook.entry.title', { number: e.number })}
            lead={
              <p>
                {t('logbook.entry.registered', {
                  date: formatDateTime(e.receivedAt),
                  place: t(`logbook.place.${e.place}`),
                  name: e.administratorName,
                })}
              </p>
            }
          />
          <LogbookTabs />
          {e.corrects && (
            <Notice tone="info">
              <p>
                <Link to={`/logbook/${e.corrects.id}`}>
                  {t('logbook.entry.corrects', { number: e.corrects.number })}
                </Link>
              </p>
              {e.corrects.reason && (
                <p>{t('logbook.entry.correctionReason', { reason: e.corrects.reason })}</p>
              )}
            </Notice>
          )}
          {e.correctedBy.map((c) => (
            <Notice key={c.id} tone="warn">
              <Link to={`/logbook/${c.id}`}>{t('logbook.entry.correctedBy', { number: c.number })}</Link>
            </Notice>
          ))}
          <dl className="details">
            <dt>{t('logbook.entry.applicant')}</dt>
            <dd>
              {e.applicantName}
              {e.applicantPhones.map((p) => (
                <span key={p}>, {formatPhone(p)}</span>
              ))}
            </dd>
            {e.representative && (
              <>
                <dt>{t('logbook.entry.representative')}</dt>
                <dd>
                  {e.representative.name}
                  {e.representative.relation ? ` (${e.representative.relation})` : ''}
                  {e.representative.phone ? `, ${formatPhone(e.representative.phone)}` : ''}
                </dd>
              </>
            )}
            <dt>{t('logbook.col.service')}</dt>
            <dd>
              {e.serviceName} — {e.provider}
            </dd>
            <dt>{t('logbook.entry.documents')}</dt>
            <dd>
              <ul>
                {e.documents.map((d, i) => (
                  <li key={i}>
                    {t('logbook.entry.document', {
                      name: d.name,
                      pages: d.pages ?? '—',
                      kind: t(d.original ? 'logbook.entry.original' : 'logbook.entry.copy'),
                    })}
                    {d.certified ? t('logbook.entry.certified') : ''}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('logbook.col.status')}</dt>
            <dd>
              {t(`logbook.status.${e.status}`)}
              {e.decision ? `: ${t(`logbook.decision.${e.decision}`)}` : ''}.{' '}
              {t('logbook.entry.deadlines', {
                forwardBy: formatDate(e.forwardBy),
                providerDue: formatDate(e.providerDue),
              })}
              {e.overdue && <strong className="text-danger"> {t(`logbook.overdue.${e.overdue}`)}</strong>}
            </dd>
          </dl>
          <section aria-labelledby="logbook-events">
            <h2 id="logbook-events">{t('logbook.entry.events')}</h2>
            {e.events.length === 0 ? (
              <p>{t('logbook.entry.noEvents')}</p>
            ) : (
              <ol>
                {e.events.map((ev) => (
                  <li key={ev.id}>
                    <strong>{t(`logbook.event.${ev.kind}`)}</strong>
                    {ev.correctsId ? ` (${t('logbook.entry.correction')})` : ''}:{' '}
                    {formatDateTime(ev.occurredAt)}
                    {Object.keys(ev.content).length > 0 ? ` — ${contentText(ev, t)}` : ''}
                    <br />
                    <small>
                      {t('logbook.entry.recordedBy', {
                        name: ev.recordedByName ?? '—',
                        at: formatDateTime(ev.recordedAt),
                      })}
                    </small>
                  </li>
                ))}
              </ol>
            )}
          </section>
          {e.deliveredAt && (
            <p>
              <a
                className="btn btn--secondary"
                href={`/api/v1/logbook/${e.id}/receipt.pdf?lang=${locale}`}
                target="_blank"
                rel="noreferrer"
              >
                {t('logbook.entry.receipt')}
              </a>
            </p>
          )}
          {canAccess(me.roles, LOGBOOK_WRITERS) && e.status !== 'corrected' && (
            <EntryActions entry={e} onChange={entry.replace} />
          )}
          {canAccess(me.roles, LOGBOOK_WRITERS) && e.status === 'registered' && (
            <EntryCorrection key={e.id} entry={e} />
          )}
        </>
      )}
    </Loaded>
  );
}
