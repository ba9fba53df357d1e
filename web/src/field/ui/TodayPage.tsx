import { useEffect, useState } from 'react';
import { civilDateIn, type FieldDayPlan } from '@valiza/domain';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { enqueueDeviceReport } from '../device-report';
import { fieldStore } from '../store';
import { useFieldSync } from '../use-field-sync';

/** Today's approved plan from the device's store (offline), and the days ahead. */
export default function TodayPage() {
  const t = useT();
  const { dataVersion, lastSyncAt } = useFieldSync();
  const [plans, setPlans] = useState<FieldDayPlan[] | null>(null);
  const [reported, setReported] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void fieldStore.plans().then((list) => current && setPlans(list));
    return () => {
      current = false;
    };
  }, [dataVersion]);

  const today = civilDateIn(new Date());
  const todays = plans?.find((p) => p.day === today) ?? null;
  const later = plans?.filter((p) => p.day > today) ?? [];

  const report = async () => {
    setBusy(true);
    try {
      await enqueueDeviceReport();
      setReported(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('field.today.title')} lead={<p>{formatDate(today)}</p>} />
      {plans === null ? (
        <Spinner />
      ) : todays ? (
        <ul className="field-visits" aria-label={t('field.today.title')}>
          {todays.visits.map((visit) => (
            <li key={visit.id} className="card">
              <p>
                <strong>
                  {t('field.today.visit', {
                    start: visit.startTime,
                    end: visit.endTime,
                    number: visit.requestNumber,
                  })}
                </strong>
              </p>
              <p>{visit.applicant.name}</p>
              <p>{t('field.today.address', { address: visit.location.address })}</p>
              <p>{t('field.today.services', { services: visit.services.map((s) => s.name).join(', ') })}</p>
              <p>
                <Link className="btn btn--primary" to={`/field/visits/${visit.id}`}>
                  {t('fieldVisit.today.openVisit')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          title={lastSyncAt || plans.length > 0 ? t('field.today.noPlan') : t('field.today.noData')}
        />
      )}
      {later.length > 0 && (
        <section>
          <h2>{t('field.today.later')}</h2>
          <ul>
            {later.map((plan) => (
              <li key={plan.id}>
                {t('field.today.dayVisits', { date: formatDate(plan.day), count: plan.visits.length })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Button variant="secondary" busy={busy} onClick={() => void report()}>
          {t('field.today.report')}
        </Button>
      </p>
      {reported && (
        <Notice tone="success">
          <p>{t('field.today.reported')}</p>
        </Notice>
      )}
    </>
  );
}
