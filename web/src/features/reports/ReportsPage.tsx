import { useState } from 'react';
import { civilDateIn, Report } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { defaultPeriod, periodQuery, quarterCode } from './period';
import { PeriodPicker } from './PeriodPicker';
import { PublicationPanel } from './PublicationPanel';
import { ReportView } from './ReportView';

/** The centre's report for a chosen period, its export, and the publication of a quarter. */
export default function ReportsPage() {
  const t = useT();
  const me = useMe();
  const today = civilDateIn(new Date());
  const [choice, setChoice] = useState(() => defaultPeriod(today));
  const query = periodQuery(choice);
  const report = useApiGet(query ? `/api/v1/reports?${query}` : null, Report);
  const quarter = quarterCode(choice);
  return (
    <>
      <PageHeader title={t('reports.title')} lead={<p>{t('reports.lead')}</p>} />
      <PeriodPicker value={choice} onChange={setChoice} thisYear={Number(today.slice(0, 4))} />
      {query && (
        <div className="btn-row">
          <a className="btn btn--secondary" href={`/api/v1/reports/export?${query}&format=xlsx`} download>
            {t('reports.export.xlsx')}
          </a>
          <a className="btn btn--secondary" href={`/api/v1/reports/export?${query}&format=pdf`} download>
            {t('reports.export.pdf')}
          </a>
        </div>
      )}
      {query && (
        <Loaded resource={report}>
          {(data) => (
            <>
              {quarter && (
                <PublicationPanel
                  code={quarter}
                  slug={data.centre.slug}
                  canPublish={me.roles.includes('head')}
                />
              )}
              <ReportView report={data} />
            </>
          )}
        </Loaded>
      )}
    </>
  );
}
