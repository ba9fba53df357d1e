import type { CrewMember, KitCheckItem, Plan, SchedulingSettings, Visit } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Notice } from '../../ui/Notice';
import { CancelVisit } from './CancelVisit';
import { legsOf, visitsByKit } from './planning-logic';
import { PlanStateTag } from './PlanStateTag';
import { RoutePanel } from './RoutePanel';

interface DayPlanViewProps {
  plan: Plan;
  crew: readonly CrewMember[];
  settings: SchedulingSettings;
  canPlan: boolean;
  onChanged: () => void;
  /** A visit was taken off the plan from its card; without it, visits cannot be cancelled here. */
  onCancelled?: (visit: Visit) => void;
}

/** The day's visits per kit in route order with travel between stops, the sessions, and the kits. */
export function DayPlanView({ plan, crew, settings, canPlan, onChanged, onCancelled }: DayPlanViewProps) {
  const t = useT();
  const names = new Map(crew.map((c) => [c.id, c.name]));
  const kitCode = new Map(plan.kits.map((k) => [k.kitId, k.kitCode]));
  const numbers = new Map(plan.visits.map((v) => [v.id, v.requestNumber]));
  const groups = visitsByKit(plan.visits);

  return (
    <section aria-labelledby="day-title">
      <h2 id="day-title">
        {t('planning.day.title', { day: formatDate(plan.day) })} <PlanStateTag state={plan.state} />
      </h2>
      <p className="card__meta">
        {t('planning.day.meta', { version: plan.version, approvals: plan.approvals })}
      </p>
      {!plan.working && <Notice tone="warn">{t('planning.day.dayOff')}</Notice>}
      {plan.issues.map((issue) => (
        <Notice key={issue.visitId} tone="warn">
          {t('planning.day.needs', {
            number: numbers.get(issue.visitId) ?? '',
            needs: issue.needs.map((n) => t(`planning.need.${n}`)).join(', '),
          })}
        </Notice>
      ))}
      {plan.kits.length > 0 && (
        <ul className="card-list" aria-label={t('planning.kits.title')}>
          {plan.kits.map((kit) => (
            <li key={kit.kitId} className="card">
              {kit.ready === null
                ? t('planning.kit.unchecked', { kit: kit.kitCode })
                : kit.ready
                  ? t('planning.kit.ready', { kit: kit.kitCode })
                  : t('planning.kit.notReady', {
                      kit: kit.kitCode,
                      missing: kit.missing.map((m) => t(`planning.kitItem.${m as KitCheckItem}`)).join(', '),
                    })}
            </li>
          ))}
        </ul>
      )}
      {plan.visits.length === 0 && plan.sessions.length === 0 && <p>{t('planning.day.empty')}</p>}
      {[...groups].map(([kitId, visits]) => {
        const legs = legsOf(visits, settings, settings.routing);
        return (
          <div key={kitId} className="panel">
            <h3>{t('planning.day.kit', { kit: kitCode.get(kitId) ?? '' })}</h3>
            <ol className="stops">
              {visits.map((visit, index) => (
                <li key={visit.id}>
                  <strong>
                    {visit.startTime}–{visit.endTime} · {visit.requestNumber}
                  </strong>{' '}
                  {visit.location.address}
                  {visit.kind === 'outreach' && <> · {t('planning.visit.outreach')}</>}
                  <span className="stop__travel">
                    {legs[index]?.minutes != null
                      ? t('planning.visit.travel', { n: legs[index].minutes })
                      : t('planning.visit.travelUnknown')}
                    {' · '}
                    {visit.staffIds.map((id) => names.get(id) ?? '').join(', ')}
                    {visit.location.approximate && <> · {t('planning.visit.approximate')}</>}
                  </span>
                  {canPlan && onCancelled && <CancelVisit visit={visit} onCancelled={onCancelled} />}
                </li>
              ))}
            </ol>
            {canPlan && visits.some((v) => v.kind === 'home') && (
              <RoutePanel
                day={plan.day}
                kitId={kitId}
                kitCode={kitCode.get(kitId) ?? ''}
                version={plan.version}
                requestNumber={(id) => numbers.get(id) ?? ''}
                onApplied={onChanged}
              />
            )}
          </div>
        );
      })}
      {plan.sessions.length > 0 && (
        <div className="panel">
          <h3>{t('planning.sessions.title')}</h3>
          <ul>
            {plan.sessions.map((s) => (
              <li key={s.id}>
                {t('planning.session.line', {
                  from: s.startTime,
                  to: s.endTime,
                  point: s.pointName,
                  booked: s.bookings,
                  minutes: s.bookedMinutes,
                  capacity: s.capacityMinutes,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
