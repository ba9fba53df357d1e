import { lazy, Suspense, useMemo, useState } from 'react';
import { Plan, SchedulingSettings, type WaitingRequest } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { DayPicker } from './DayPicker';
import { DayPlanView } from './DayPlanView';
import type { MapPoint } from './DayMap';
import { PlaceVisitForm } from './PlaceVisitForm';
import { APPROVERS, KitList, StaffCrewList, WaitingList as WaitingListSchema } from './planning-api';
import { usableTileUrl } from './planning-logic';
import { useDayParam } from './use-day-param';
import { WaitingList } from './WaitingList';
import './planning.css';

// Leaflet is loaded only when the board is opened, and never blocks the list of stops.
const DayMap = lazy(() => import('./DayMap'));

/**
 * The planning board: eligible requests waiting for a visit on the left, the chosen day on the right
 * (visits per kit in route order with travel, sessions, kit readiness), a map when there is one.
 */
export function PlanningBoardPage() {
  const t = useT();
  const me = useMe();
  const [day, setDay] = useDayParam();
  const [selected, setSelected] = useState<WaitingRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const waiting = useApiGet('/api/v1/planning/waiting', WaitingListSchema);
  const plan = useApiGet(`/api/v1/plans/${day}`, Plan);
  const crew = useApiGet('/api/v1/planning/crew', StaffCrewList);
  const kits = useApiGet('/api/v1/kits', KitList);
  const settings = useApiGet('/api/v1/scheduling/settings', SchedulingSettings);

  const points = useMemo<MapPoint[]>(() => {
    const stops = (plan.data?.visits ?? []).flatMap((v) =>
      v.location.lat !== null && v.location.lon !== null
        ? [
            {
              id: v.id,
              lat: v.location.lat,
              lon: v.location.lon,
              label: `${v.startTime} ${v.requestNumber}`,
              kind: 'stop' as const,
            },
          ]
        : [],
    );
    const waitingPoints = (waiting.data?.items ?? []).flatMap((r) =>
      r.lat !== null && r.lon !== null
        ? [{ id: r.requestId, lat: r.lat, lon: r.lon, label: r.requestNumber, kind: 'waiting' as const }]
        : [],
    );
    const centre = settings.data;
    const start =
      centre && centre.lat !== null && centre.lon !== null
        ? [
            {
              id: 'centre',
              lat: centre.lat,
              lon: centre.lon,
              label: t('planning.map.centre'),
              kind: 'centre' as const,
            },
          ]
        : [];
    return [...start, ...stops, ...waitingPoints];
  }, [plan.data, waiting.data, settings.data, t]);

  const changeDay = (next: string) => {
    setNotice(null);
    setDay(next);
  };

  return (
    <>
      <PageHeader
        title={t('planning.title')}
        lead={<p>{t('planning.lead')}</p>}
        actions={
          <div className="button-row">
            {canAccess(me.roles, APPROVERS) && (
              <LinkButton to={`/planning/approval?day=${day}`}>{t('planning.toApproval')}</LinkButton>
            )}
            <a
              className="btn btn--secondary"
              href={`/api/v1/plans/${day}/pdf`}
              target="_blank"
              rel="noreferrer"
            >
              {t('planning.pdf')}
            </a>
          </div>
        }
      />
      <DayPicker day={day} onChange={changeDay} />
      {notice && <Notice tone="success">{notice}</Notice>}
      <Loaded resource={plan} waitFor={[waiting, crew, kits, settings]}>
        {(dayPlan) => (
          <div className="planning-board">
            <section aria-labelledby="waiting-title">
              <h2 id="waiting-title">
                {t('planning.waiting.title', { n: waiting.data?.items.length ?? 0 })}
              </h2>
              <WaitingList
                requests={waiting.data?.items ?? []}
                day={day}
                selectedId={selected?.requestId ?? null}
                onPlace={(request) => {
                  setNotice(null);
                  setSelected(request);
                }}
              />
            </section>
            <div>
              {selected && (
                <PlaceVisitForm
                  key={`${selected.requestId}-${day}`}
                  request={selected}
                  day={day}
                  crew={crew.data?.items ?? []}
                  kits={kits.data?.items ?? []}
                  sessions={dayPlan.sessions}
                  canOverride={me.roles.includes('head')}
                  onClose={() => setSelected(null)}
                  onPlaced={(visit) => {
                    setSelected(null);
                    setNotice(
                      t('planning.place.done', { number: visit.requestNumber, from: visit.startTime }),
                    );
                    plan.reload();
                    waiting.reload();
                  }}
                />
              )}
              <DayPlanView
                plan={dayPlan}
                crew={crew.data?.items ?? []}
                settings={settings.data!}
                canPlan
                onChanged={plan.reload}
                onCancelled={(visit) => {
                  setNotice(t('planning.cancel.done', { number: visit.requestNumber }));
                  plan.reload();
                  waiting.reload();
                }}
              />
              <Suspense fallback={<Spinner label={t('planning.map.loading')} />}>
                <DayMap points={points} tilesUrl={usableTileUrl(settings.data?.mapTilesUrl)} />
              </Suspense>
            </div>
          </div>
        )}
      </Loaded>
    </>
  );
}
