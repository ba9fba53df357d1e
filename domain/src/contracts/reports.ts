import { z } from 'zod';
import { CivilDate, Id, Instant, Slug } from './common.js';
import { PERIOD_CODE } from '../reports/report-period.js';

/** What a report counts: visit requests, visits, and services delivered (applications). */
export const REPORT_MEASURES = ['requests', 'visits', 'applications'] as const;
export const ReportMeasure = z.enum(REPORT_MEASURES);
export type ReportMeasure = z.infer<typeof ReportMeasure>;

/** How a measure is broken down. */
export const REPORT_DIMENSIONS = ['category', 'service', 'locality', 'administrator', 'channel'] as const;
export const ReportDimension = z.enum(REPORT_DIMENSIONS);
export type ReportDimension = z.infer<typeof ReportDimension>;

/** A period asked for by code (`2026`, `2026-Q1`, `2026-03`) or by two dates, both included. */
export const ReportPeriodQuery = z.object({
  period: z.string().regex(PERIOD_CODE).optional(),
  from: CivilDate.optional(),
  to: CivilDate.optional(),
});

export const ReportQuery = ReportPeriodQuery.extend({
  /** A regional observer names one centre of the region; centre staff read their own. */
  centreId: Id.optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportExportQuery = ReportQuery.extend({ format: z.enum(['xlsx', 'pdf']) });

export const ReportPeriodView = z.object({
  kind: z.enum(['month', 'quarter', 'year', 'range']),
  code: z.string(),
  from: CivilDate,
  to: CivilDate,
});

/** One row of a breakdown. Category and channel rows are named by `key`; the others carry names. */
export const ReportRow = z.object({
  key: z.string(),
  label: z.string().nullable(),
  labelEn: z.string().nullable(),
  count: z.number().int(),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportBreakdown = z.object({
  measure: ReportMeasure,
  dimension: ReportDimension,
  rows: z.array(ReportRow),
});
export type ReportBreakdown = z.infer<typeof ReportBreakdown>;

/** Days from a request to its visit, over the visits of the period. */
export const ReportWaiting = z.object({
  visits: z.number().int(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
});

export const ReportTotals = z.object({
  requests: z.number().int(),
  visits: z.number().int(),
  visitsCompleted: z.number().int(),
  applications: z.number().int(),
});

export const ReportCentre = z.object({ id: Id, name: z.string(), slug: z.string() });

export const Report = z.object({
  centre: ReportCentre,
  period: ReportPeriodView,
  totals: ReportTotals,
  waiting: ReportWaiting,
  breakdowns: z.array(ReportBreakdown),
  topServices: z.array(ReportRow),
});
export type Report = z.infer<typeof Report>;

/** The same report for every centre of a region, side by side (no administrator breakdowns). */
export const RegionReport = z.object({
  region: z.object({ id: Id, name: z.string() }),
  period: ReportPeriodView,
  centres: z.array(Report),
});
export type RegionReport = z.infer<typeof RegionReport>;

export const PublishedCountView = z.object({
  count: z.number().int().nullable(),
  flag: z.enum(['small', 'hidden']).nullable(),
});

export const PublishedBreakdown = z.object({
  measure: ReportMeasure,
  dimension: ReportDimension,
  total: PublishedCountView,
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string().nullable(),
      labelEn: z.string().nullable(),
      value: PublishedCountView,
    }),
  ),
});

/** Anonymised figures of a quarter: small counts withheld (see docs/reports.md), no people named. */
export const PublishedFigures = z.object({
  totals: z.object({
    requests: PublishedCountView,
    visits: PublishedCountView,
    applications: PublishedCountView,
  }),
  waiting: z.object({ medianDays: z.number(), p90Days: z.number() }).nullable(),
  breakdowns: z.array(PublishedBreakdown),
});
export type PublishedFigures = z.infer<typeof PublishedFigures>;

export const PublicationPeriodBody = z.object({ period: z.string().regex(/^\d{4}-Q[1-4]$/) });

export const Publication = z.object({
  id: Id,
  period: ReportPeriodView,
  publishedAt: Instant,
  publishedBy: z.string().nullable(),
  figures: PublishedFigures,
});
export type Publication = z.infer<typeof Publication>;

export const PublicationPreview = z.object({ period: ReportPeriodView, figures: PublishedFigures });

export const PublicationList = z.object({ items: z.array(Publication) });

export const IndicatorsParams = z.object({ slug: Slug });

/** The public indicators page: the centre's published quarters, newest first. Nothing about any person. */
export const PublicIndicators = z.object({
  centre: z.object({
    name: z.string(),
    slug: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  publications: z.array(Publication.omit({ id: true, publishedBy: true })),
});
export type PublicIndicators = z.infer<typeof PublicIndicators>;
