import { useState } from 'react';
import { addDays, civilDateIn, QualityDashboard, type CentreQuality } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { QualityAlerts } from './QualityAlerts';

/**
 * `/quality`: the quality figures of a period (the last 30 days by default). The head and the
 * quality officer see their centre and its alerts; a regional observer sees the region's centres
 * side by side, read-only.
 */
export function QualityDashboardPage() {
  const t = useT();
  const me = useMe();
  const today = civilDateIn(new Date());
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const dashboard = useApiGet(
    valid ? `/api/v1/quality/dashboard?from=${from}&to=${to}` : null,
    QualityDashboard,
  );
  const inCentre = me.roles.includes('head') || me.roles.includes('quality');
  return (
    <>
      <PageHeader title={t('quality.title')} lead={<p>{t('quality.lead')}</p>} />
      {inCentre && <QualityAlerts />}
      <section className="section" aria-labelledby="quality-figures">
        <h2 id="quality-figures">{t('feedback.nav.quality')}</h2>
        <div className="btn-row">
          <TextField name="from" label={t('quality.from')} value={from} onChange={setFrom} width="medium" />
          <TextField name="to" label={t('quality.to')} value={to} onChange={setTo} width="medium" />
        </div>
        <Loaded resource={dashboard}>
          {(data) => (
            <>
              {data.centres.map((centre) => (
                <CentreFigures key={centre.centreId} centre={centre} many={data.centres.length > 1} />
              ))}
            </>
          )}
        </Loaded>
      </section>
    </>
  );
}

function CentreFigures({ centre, many }: { centre: CentreQuality; many: boolean }) {
  const t = useT();
  const s = centre.surveys;
  return (
    <article aria-label={centre.centreName}>
      {many && <h3>{centre.centreName}</h3>}
      <dl className="figures">
        <dt>{t('quality.onTime')}</dt>
        <dd>{t('quality.ratio', centre.visitsOnTime)}</dd>
        <dt>{t('quality.cancellations')}</dt>
        <dd>
          {centre.cancellations.length === 0
            ? t('quality.cancellations.none')
            : centre.cancellations.map((c) => `${t(reasonKey(c.reason))}: ${c.count}`).join('; ')}
        </dd>
        <dt>{t('quality.surveyCoverage')}</dt>
        <dd>
          {t('quality.surveyCoverage.value', {
            reached: s.reached,
            finished: s.finishedVisits,
            open: s.open,
            overdue: s.overdue,
          })}
        </dd>
        <dt>{t('quality.satisfaction')}</dt>
        <dd>
          {centre.satisfaction.average === null
            ? t('quality.satisfaction.none')
            : t('quality.satisfaction.value', {
                average: centre.satisfaction.average.toFixed(2).replace('.', ','),
                answers: centre.satisfaction.answers,
              })}
        </dd>
        <dt>{t('quality.signals')}</dt>
        <dd>{centre.corruptionSignals}</dd>
        <dt>{t('quality.feedback')}</dt>
        <dd>{t('quality.feedback.value', centre.feedback)}</dd>
        <dt>{t('quality.refusals')}</dt>
        <dd>
          {centre.providerRefusals.length === 0
            ? t('quality.refusals.none')
            : centre.providerRefusals.map((r) => `${r.provider}: ${r.count}`).join('; ')}
        </dd>
        <dt>{t('quality.forwarding')}</dt>
        <dd>{t('quality.ratio', centre.forwardingOnTime)}</dd>
      </dl>
    </article>
  );
}

const REASONS = [
  'absent',
  'documents_missing',
  'not_eligible',
  'false_call',
  'doubtful_capacity',
  'aggression',
  'technical_failure',
  'declined',
  'office',
] as const;

function reasonKey(reason: string) {
  const known = REASONS.find((r) => r === reason);
  return known ? (`quality.reason.${known}` as const) : ('quality.reason.other' as const);
}
