import type { IsoDate, WaitingRequest } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { prefersDay } from './planning-logic';

interface WaitingListProps {
  requests: readonly WaitingRequest[];
  day: IsoDate;
  selectedId: string | null;
  onPlace: (request: WaitingRequest) => void;
}

/** Eligible requests waiting for a visit, longest waiting first, each with a "place on this day" button. */
export function WaitingList({ requests, day, selectedId, onPlace }: WaitingListProps) {
  const t = useT();
  if (requests.length === 0) return <EmptyState title={t('planning.waiting.empty')} />;
  return (
    <ul className="card-list">
      {requests.map((r) => {
        const p = r.preferences;
        const wishes = [
          p.weekdays.length ? p.weekdays.map((d) => t(`weekday.${d as 'mon'}`)).join(', ') : null,
          p.windows.map((w) => `${w.from}–${w.to}`).join(', ') || null,
          p.notBefore ? t('planning.waiting.notBefore', { date: formatDate(p.notBefore) }) : null,
          p.notAfter ? t('planning.waiting.notAfter', { date: formatDate(p.notAfter) }) : null,
          p.note,
        ].filter(Boolean);
        return (
          <li key={r.requestId} className={r.requestId === selectedId ? 'card card--selected' : 'card'}>
            <p className="card__title">
              {r.requestNumber} · {r.applicantName}
            </p>
            <p className="card__meta">
              {[r.localityName, r.address].filter(Boolean).join(', ')}
              <br />
              {t('planning.waiting.days', { n: r.waitingDays })} ·{' '}
              {t('planning.minutes', { n: r.serviceMinutes })}
              {r.needs.length > 0 && (
                <>
                  {' '}
                  ·{' '}
                  {t('planning.waiting.needs', {
                    needs: r.needs.map((n) => t(`planning.need.${n}`)).join(', '),
                  })}
                </>
              )}
              {!r.hasMobile && <> · {t('planning.waiting.noMobile')}</>}
              {wishes.length > 0 && (
                <>
                  <br />
                  {t('planning.waiting.wishes', { wishes: wishes.join('; ') })}
                  {!prefersDay(r, day) && <> · {t('planning.waiting.otherDay')}</>}
                </>
              )}
            </p>
            <Button variant="secondary" onClick={() => onPlace(r)}>
              {t('planning.waiting.place', { number: r.requestNumber })}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
