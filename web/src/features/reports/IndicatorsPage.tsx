import { useParams } from 'react-router';
import { publishedText, PublicIndicators, type PublishedFigures } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { PageHeader } from '../../ui/PageHeader';
import { days, BreakdownBlock, FigureTiles } from './ReportView';
import { rowLabel } from './reports-api';

type Publication = PublicIndicators['publications'][number];

/** What the public sees of a quarter: totals, waiting and breakdowns, small counts withheld. */
function QuarterFigures({ figures }: { figures: PublishedFigures }) {
  const t = useT();
  const { locale } = useLocale();
  const shown = figures.breakdowns.filter((b) => b.measure === 'applications' && b.rows.length > 0);
  return (
    <>
      <FigureTiles
        items={[
          {
            key: 'applications',
            label: t('reports.measure.applications'),
            text: publishedText(figures.totals.applications),
          },
          { key: 'visits', label: t('reports.measure.visits'), text: publishedText(figures.totals.visits) },
          {
            key: 'requests',
            label: t('reports.measure.requests'),
            text: publishedText(figures.totals.requests),
          },
          ...(figures.waiting
            ? [
                {
                  key: 'median',
                  label: `${t('reports.waiting')}: ${t('reports.waiting.median')}`,
                  text: t('reports.waiting.days', { days: days(figures.waiting.medianDays)! }),
                },
              ]
            : []),
        ]}
      />
      {shown.map((b) => (
        <BreakdownBlock
          key={b.dimension}
          title={`${t('reports.measure.applications')} ${t(`reports.dimension.${b.dimension}` as MessageKey)}`}
          rows={b.rows.map((r) => ({
            key: r.key,
            label: rowLabel(t, b.dimension, r, locale),
            value: r.value.count ?? 0,
            text: publishedText(r.value),
          }))}
        />
      ))}
    </>
  );
}

function Indicators({ data }: { data: PublicIndicators }) {
  const t = useT();
  const [latest, ...earlier] = data.publications;
  return (
    <div className="indicators">
      <PageHeader
        title={t('indicators.title')}
        lead={<p>{t('indicators.lead', { centre: data.centre.name })}</p>}
      />
      {!latest ? (
        <EmptyState title={t('indicators.none')} />
      ) : (
        <>
          <h2>
            {t('indicators.quarter', {
              from: formatDate(latest.period.from),
              to: formatDate(latest.period.to),
            })}
          </h2>
          <QuarterFigures figures={latest.figures} />
          <p>{t('indicators.small')}</p>
          {earlier.length > 0 && (
            <DataTable
              caption={t('indicators.earlier')}
              columns={[
                {
                  key: 'period',
                  header: t('reports.period.legend'),
                  cell: (p: Publication) => `${formatDate(p.period.from)} – ${formatDate(p.period.to)}`,
                },
                {
                  key: 'applications',
                  header: t('reports.measure.applications'),
                  cell: (p: Publication) => publishedText(p.figures.totals.applications),
                },
                {
                  key: 'visits',
                  header: t('reports.measure.visits'),
                  cell: (p: Publication) => publishedText(p.figures.totals.visits),
                },
              ]}
              rows={earlier}
              rowKey={(p) => p.period.code}
            />
          )}
          <p className="muted-note">
            {t('indicators.source', { centre: data.centre.name, at: formatDate(latest.publishedAt) })}
          </p>
        </>
      )}
    </div>
  );
}

/** The public indicators page of a centre (no sign-in), in the public frame. */
export default function IndicatorsPage() {
  const { slug = '' } = useParams();
  const data = useApiGet(`/api/v1/public/indicators/${encodeURIComponent(slug)}`, PublicIndicators);
  return <Loaded resource={data}>{(d) => <Indicators data={d} />}</Loaded>;
}

/** The same page with minimal chrome, for a community website's iframe. */
export function EmbeddedIndicatorsPage() {
  return (
    <main id="main" className="embed">
      <LanguageSwitch />
      <IndicatorsPage />
    </main>
  );
}
