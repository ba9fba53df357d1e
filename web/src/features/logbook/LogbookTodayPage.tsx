import { LogbookDashboard, LogbookDigest } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { LineTable } from './LineTable';
import { LogbookTabs } from './LogbookTabs';

/** The morning page: what must go to providers today, and what is late. */
export default function LogbookTodayPage() {
  const t = useT();
  const me = useMe();
  const board = useApiGet('/api/v1/logbook/dashboard', LogbookDashboard);
  const digest = useApiGet(me.roles.includes('head') ? '/api/v1/logbook/digest' : null, LogbookDigest);
  return (
    <>
      <PageHeader title={t('logbook.today.title')} lead={<p>{t('logbook.today.lead')}</p>} />
      <LogbookTabs />
      <Loaded resource={board}>
        {(d) => (
          <>
            {(
              [
                ['dueToday', d.dueToday],
                ['overdueForward', d.overdueForward],
                ['overdueProvider', d.overdueProvider],
              ] as const
            ).map(([key, lines]) => (
              <section key={key} aria-labelledby={`logbook-${key}`}>
                <h2 id={`logbook-${key}`}>{t(`logbook.today.${key}`, { count: lines.length })}</h2>
                {lines.length === 0 ? (
                  <p>{t('logbook.today.nothing')}</p>
                ) : (
                  <LineTable lines={lines} caption={t(`logbook.today.${key}`, { count: lines.length })} />
                )}
              </section>
            ))}
            <p>{t('logbook.today.toDeliver', { count: d.resultsToDeliver })}</p>
            <p>{t('logbook.today.toReview', { count: d.refusalsToReview })}</p>
          </>
        )}
      </Loaded>
      {digest.data && (
        <details>
          <summary>{t('logbook.today.digest')}</summary>
          <pre className="digest">{digest.data.text}</pre>
        </details>
      )}
    </>
  );
}
