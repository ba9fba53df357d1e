import { useState } from 'react';
import { Route, type IsoDate } from '@valiza/domain';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { FailureNotice } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { scheduling } from './scheduling-errors';
import { useAction } from './use-action';

interface RoutePanelProps {
  day: IsoDate;
  kitId: string;
  kitCode: string;
  version: number;
  requestNumber: (visitId: string) => string;
  onApplied: () => void;
}

/** "Optimise route" for one kit's day: the suggestion against the current order, then apply it. */
export function RoutePanel({ day, kitId, kitCode, version, requestNumber, onApplied }: RoutePanelProps) {
  const t = useT();
  const [route, setRoute] = useState<Route | null>(null);
  const suggest = useAction(async () => {
    setRoute(await scheduling(() => api.post(`/api/v1/plans/${day}/route`, { kitId }, Route)));
  });
  const apply = useAction(async () => {
    await scheduling(() => api.post(`/api/v1/plans/${day}/route`, { kitId, apply: true, version }, Route));
    setRoute(null);
    onApplied();
  });

  return (
    <div>
      <Button variant="secondary" busy={suggest.busy} onClick={() => void suggest.start()}>
        {t('planning.route.optimise', { kit: kitCode })}
      </Button>
      {suggest.failure ? <FailureNotice failure={suggest.failure} /> : null}
      {route && (
        <Notice
          title={t('planning.route.suggested', { kit: kitCode })}
          actions={
            <div className="button-row">
              <Button variant="primary" busy={apply.busy} onClick={() => void apply.start()}>
                {t('planning.route.apply')}
              </Button>
              <Button onClick={() => setRoute(null)}>{t('common.cancel')}</Button>
            </div>
          }
        >
          <p>
            {t('planning.route.figures', {
              travel: route.travelMinutes,
              naive: route.naive.travelMinutes,
              km: route.distanceKm.toFixed(1),
              leave: route.leaveAt,
              back: route.returnAt,
            })}
          </p>
          <ol>
            {route.stops.map((stop) => (
              <li key={stop.visitId}>
                {t('planning.route.stop', {
                  from: stop.startTime,
                  to: stop.endTime,
                  number: requestNumber(stop.visitId),
                  travel: stop.travelMinutes,
                })}
              </li>
            ))}
          </ol>
          {route.unplaced.length > 0 && (
            <p>{t('planning.route.unplaced', { numbers: route.unplaced.map(requestNumber).join(', ') })}</p>
          )}
          {apply.failure ? <FailureNotice failure={apply.failure} /> : null}
        </Notice>
      )}
    </div>
  );
}
