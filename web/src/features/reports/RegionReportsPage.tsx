import { useState } from 'react';
import { CATEGORY_CODES, civilDateIn, RegionReport, type Report } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { defaultPeriod, periodQuery } from './period';
import { PeriodPicker } from './PeriodPicker';
import { days } from './ReportView';

interface Figure {
  key: string;
  label: string;
  value: (report: Report) => string;
}

const count = (report: Report, measure: string, dimension: string, key: string): string =>
  String(
    report.breakdowns
      .find((b) => b.measure === measure && b.dimension === dimension)
      ?.rows.find((r) => r.key === key)?.count ?? 0,
  );

/** The region's centres side by side: one column per centre, one row per figure. */
export default function RegionReportsPage() {
  const t = useT();
  const today = civilDateIn(new Date());
  const [choice, setChoice] = useState(() => defaultPeriod(today));
  const query = periodQuery(choice);
  const region = useApiGet(query ? `/api/v1/reports/region?${query}` : null, RegionReport);
  const figures: Figure[] = [
    { key: 'requests', label: t('reports.measure.requests'), value: (r) => String(r.totals.requests) },
    { key: 'visits', label: t('reports.measure.visits'), value: (r) => String(r.totals.visits) },
    {
      key: 'completed',
      label: t('reports.measure.visitsCompleted'),
      value: (r) => String(r.totals.visitsCompleted),
    },
    {
      key: 'applications',
      label: t('reports.measure.applications'),
      value: (r) => String(r.totals.applications),
    },
    {
      key: 'median',
      label: `${t('reports.waiting')}: ${t('reports.waiting.median')}`,
      value: (r) => days(r.waiting.medianDays) ?? '—',
    },
    {
      key: 'p90',
      label: `${t('reports.waiting')}: ${t('reports.waiting.p90')}`,
      value: (r) => days(r.waiting.p90Days) ?? '—',
    },
    ...CATEGORY_CODES.map((code) => ({
      key: code,
      label: `${t('reports.measure.applications')}: ${t(`reports.category.${code}`)}`,
      value: (r: Report) => count(r, 'applications', 'category', code),
    })),
  ];
  return (
    <>
      <PageHeader title={t('reports.region.title')} lead={<p>{t('reports.region.lead')}</p>} />
      <PeriodPicker value={choice} onChange={setChoice} thisYear={Number(today.slice(0, 4))} />
      {query && (
        <Loaded resource={region}>
          {(data) => (
            <>
              <p>
                {t('reports.period.shown', {
                  from: formatDate(data.period.from),
                  to: formatDate(data.period.to),
                })}
              </p>
              <div className="table-wrap">
                <table className="table table--wide">
                  <caption className="table__caption">{`${t('reports.region.caption')} · ${data.region.name}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.region.figure')}</th>
                      {data.centres.map((c) => (
                        <th scope="col" key={c.centre.id}>
                          {c.centre.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {figures.map((f) => (
                      <tr key={f.key}>
                        <th scope="row">{f.label}</th>
                        {data.centres.map((c) => (
                          <td key={c.centre.id} data-label={c.centre.name}>
                            {f.value(c)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Loaded>
      )}
    </>
  );
}
