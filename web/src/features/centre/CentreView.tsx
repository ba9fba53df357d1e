import type { Centre } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { formatPhone } from '../../i18n/format';
import { WEEKDAYS } from './working-hours';

/** The centre's settings for staff who may read but not change them. */
export function CentreView({ centre }: { centre: Centre }) {
  const t = useT();
  const notSet = t('common.notSet');
  return (
    <>
      <dl className="details">
        <dt>{t('centre.name')}</dt>
        <dd>{centre.name}</dd>
        <dt>{t('centre.code')}</dt>
        <dd>{centre.code}</dd>
        <dt>{t('centre.address')}</dt>
        <dd>{centre.address ?? notSet}</dd>
        <dt>{t('centre.phone')}</dt>
        <dd>{centre.phone ? formatPhone(centre.phone) : notSet}</dd>
        <dt>{t('centre.email')}</dt>
        <dd>{centre.email ?? notSet}</dd>
        <dt>{t('centre.martialLaw')}</dt>
        <dd>{centre.martialLaw ? t('centre.martialLaw.on') : t('centre.martialLaw.off')}</dd>
      </dl>
      <h2>{t('centre.hours')}</h2>
      <dl className="details">
        {WEEKDAYS.map((day) => {
          const hours = centre.workingHours[day];
          return (
            <div key={day} className="details__row">
              <dt>{t(`weekday.${day}`)}</dt>
              <dd>
                {hours
                  ? t('centre.hours.range', { from: hours.from, to: hours.to })
                  : t('centre.hours.closed')}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
