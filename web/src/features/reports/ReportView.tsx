import type { Report } from '@valiza/domain';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { BarChart } from '../../ui/BarChart';
import { DataTable } from '../../ui/DataTable';
import { rowLabel } from './reports-api';

type Row = { key: string; label: string; text: string; value: number };

/** A titled breakdown: a bar chart and the same figures as a table. */
export function BreakdownBlock({ title, rows }: { title: string; rows: readonly Row[] }) {
  const t = useT();
  return (
    <section className="section">
      <BarChart title={title} label={t('reports.chart.label', { title })} data={rows} />
      <DataTable
        caption={title}
        captionHidden
        columns={[
          { key: 'name', header: t('reports.column.name'), cell: (r: Row) => r.label },
          { key: 'count', header: t('reports.column.count'), cell: (r: Row) => r.text },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </section>
  );
}

/** Big figures in a row of tiles. */
export function FigureTiles({ items }: { items: readonly { key: string; label: string; text: string }[] }) {
  return (
    <ul className="figures">
      {items.map((item) => (
        <li key={item.key} className="figure">
          <span className="figure__value">{item.text}</span>
          <span className="figure__label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

export const days = (value: number | null): string | null =>
  value === null ? null : value.toFixed(1).replace('.', ',');

/** A centre's report: headline figures, waiting times, top services and every breakdown. */
export function ReportView({ report }: { report: Report }) {
  const t = useT();
  const { locale } = useLocale();
  const waitText = (value: number | null) => {
    const d = days(value);
    return d === null ? t('reports.waiting.none') : t('reports.waiting.days', { days: d });
  };
  const rowsOf = (dimension: string, rows: Report['topServices']): Row[] =>
    rows.map((r) => ({
      key: r.key,
      label: rowLabel(t, dimension, r, locale),
      value: r.count,
      text: String(r.count),
    }));
  return (
    <>
      <p>
        {t('reports.period.shown', {
          from: formatDate(report.period.from),
          to: formatDate(report.period.to),
        })}
      </p>
      <h2>{t('reports.totals')}</h2>
      <FigureTiles
        items={[
          { key: 'requests', label: t('reports.measure.requests'), text: String(report.totals.requests) },
          { key: 'visits', label: t('reports.measure.visits'), text: String(report.totals.visits) },
          {
            key: 'completed',
            label: t('reports.measure.visitsCompleted'),
            text: String(report.totals.visitsCompleted),
          },
          {
            key: 'applications',
            label: t('reports.measure.applications'),
            text: String(report.totals.applications),
          },
        ]}
      />
      <h2>{t('reports.waiting')}</h2>
      <FigureTiles
        items={[
          { key: 'median', label: t('reports.waiting.median'), text: waitText(report.waiting.medianDays) },
          { key: 'p90', label: t('reports.waiting.p90'), text: waitText(report.waiting.p90Days) },
        ]}
      />
      {report.topServices.length > 0 && (
        <BreakdownBlock title={t('reports.topServices')} rows={rowsOf('service', report.topServices)} />
      )}
      <div className="report-grid">
        {report.breakdowns.map((b) => (
          <BreakdownBlock
            key={`${b.measure}-${b.dimension}`}
            title={`${t(`reports.measure.${b.measure}` as MessageKey)} ${t(`reports.dimension.${b.dimension}`)}`}
            rows={rowsOf(b.dimension, b.rows)}
          />
        ))}
      </div>
    </>
  );
}
