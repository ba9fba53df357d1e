import { useState } from 'react';
import type { FieldPosition } from '@valiza/domain';
import { formatTime } from '../../../../i18n/format';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Checkbox } from '../../../../ui/Checkbox';
import { recordArrival } from '../../flow/visit-actions';
import type { StepProps } from '../StepView';

/** Reads the position once, if the administrator allows it; null otherwise (never blocks the arrival). */
function currentPosition(): Promise<FieldPosition | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lat: p.coords.latitude,
          lon: p.coords.longitude,
          accuracyM: Math.round(p.coords.accuracy),
        }),
      () => resolve(null),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  });
}

/** Arrival: the time, and the position when allowed; enqueues `visit.arrive`. */
export function ArrivalStep({ data, update }: StepProps) {
  const t = useT();
  const [withPosition, setWithPosition] = useState(false);
  const [busy, setBusy] = useState(false);
  const arrive = async () => {
    setBusy(true);
    try {
      const position = withPosition ? await currentPosition() : null;
      const next = await recordArrival(data.draft, new Date(), position);
      await update(next);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{t('fieldVisit.arrival.lead')}</p>
      <Checkbox
        name="withPosition"
        label={t('fieldVisit.arrival.position')}
        hint={t('fieldVisit.arrival.position.hint')}
        checked={withPosition}
        onChange={setWithPosition}
      />
      <Button variant="primary" busy={busy} onClick={() => void arrive()}>
        {t('fieldVisit.arrival.arrive')}
      </Button>
    </>
  );
}

/** The notice that the service is recorded. */
export function NoticeStep({ data, update }: StepProps) {
  const t = useT();
  const { draft } = data;
  return (
    <>
      {draft.arrival && <p>{t('fieldVisit.arrival.done', { time: formatTime(draft.arrival.at) })}</p>}
      <p>{t('fieldVisit.notice.lead')}</p>
      <Checkbox
        name="noticeGiven"
        label={t('fieldVisit.notice.given')}
        checked={draft.noticeGiven}
        onChange={(noticeGiven) => void update({ ...draft, noticeGiven })}
      />
    </>
  );
}
