import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';

/** A measure of the report, or `waiting` for the waiting times. */
export type GroupMeasure = 'requests' | 'visits' | 'applications' | 'waiting';

/**
 * One group of a measure of one centre: a breakdown row, or the centre's total when `dimension` is
 * `total`. The `waiting` rows are totals only: `count` is the number of visits, `median` and `p90`
 * the waiting times in days.
 */
export interface GroupRow {
  measure: GroupMeasure;
  centreId: string;
  dimension: string;
  key: string;
  label: string | null;
  labelEn: string | null;
  count: number;
  completed: number;
  median: number | null;
  p90: number | null;
}

/** One centre's period as instants on its own clock (for what is stamped with a time). */
export interface CentreScope {
  centreId: string;
  fromInstant: Date;
  untilInstant: Date;
}

/** Centres and a period: instants per centre, civil days (the same for all) for visits. */
export interface ReportScope {
  centres: CentreScope[];
  fromDay: string;
  toDay: string;
}

const DIMENSIONS = ['category', 'service', 'locality', 'administrator', 'channel'] as const;

/**
 * The grouped part of one measure: counts of the rows of `source` (a CTE with the columns centre_id,
 * the dimensions as text keys, `locality_label` and `service_label` (free-text names kept with the
 * rows) and `completed`) per centre, by every dimension in `dims` at once (GROUPING SETS), and each
 * centre's total. Names of staff, localities and services are looked up after grouping.
 */
function grouped(measure: GroupMeasure, source: string, dims: readonly string[]): RawBuilder<unknown> {
  const dimension = `CASE ${dims.map((d) => `WHEN grouping(${d}) = 0 THEN '${d}'`).join(' ')} ELSE 'total' END`;
  const labelled = dims.filter((d) => d === 'locality' || d === 'service');
  const label = `CASE ${labelled.map((d) => `WHEN grouping(${d}) = 0 THEN min(${d}_label)`).join(' ')} END`;
  const sets = [...dims.map((d) => `(centre_id, ${d})`), '(centre_id)'].join(', ');
  return sql.raw(`SELECT '${measure}'::text AS measure, centre_id, ${dimension} AS dimension,
      coalesce(${dims.join(', ')}, '') AS key, ${label} AS label, count(*)::int AS count,
      (count(*) FILTER (WHERE completed))::int AS completed, NULL::float8 AS median, NULL::float8 AS p90
    FROM ${source} GROUP BY GROUPING SETS (${sets})`);
}

/** The uuid a group's key stands for when the group is of `dimension` (a key is text; 'none' is no row). */
const keyOf = (dimension: string) =>
  sql.raw(`CASE WHEN g.dimension = '${dimension}' AND g.key <> 'none' THEN g.key::uuid END`);

/**
 * Every figure of the report for one or many centres in ONE statement, grouped by centre: the
 * period's requests, visits and applications, each read once per centre from covering indexes on
 * (centre_id, time) (migration 0531) and counted by every dimension at once, and the waiting times
 * by `percentile_cont`. Rules of what is counted (docs/reports.md):
 * - requests made in the period (`created_at`), by category, locality and channel;
 * - visits on a day of the period not cancelled in the office, by the request's category, locality
 *   and channel and by the administrator who reported from the field; `completed` counts those whose
 *   report says the service was (at least partly) delivered;
 * - applications registered in the period, originals only, by category, service, locality,
 *   administrator and channel (taken without a request: 'none');
 * - waiting: days from each request to its visit's planned start, over the period's visits.
 * The administrator breakdowns are left out unless `withAdministrator`.
 */
export async function reportGroups(
  db: Db,
  scope: ReportScope,
  withAdministrator: boolean,
): Promise<GroupRow[]> {
  if (scope.centres.length === 0) return [];
  const centres = sql.join(
    scope.centres.map(
      (c) => sql`(${c.centreId}::uuid, ${c.fromInstant}::timestamptz, ${c.untilInstant}::timestamptz)`,
    ),
  );
  // The same bounds as constants, redundant with the join on \`scope\`: they let the planner see how
  // few rows the period holds and read them through the indexes (a join condition alone is guessed,
  // and for a region it chose to read whole tables).
  const ids = sql.join(scope.centres.map((c) => sql`${c.centreId}::uuid`));
  const from = new Date(Math.min(...scope.centres.map((c) => c.fromInstant.getTime())));
  const until = new Date(Math.max(...scope.centres.map((c) => c.untilInstant.getTime())));
  const visitDims = ['category', 'locality', 'administrator', 'channel'].filter(
    (d) => withAdministrator || d !== 'administrator',
  );
  const applicationDims = DIMENSIONS.filter((d) => withAdministrator || d !== 'administrator');
  // A request's locality: its own, or its outreach point's; with neither, the name it was given.
  const locality = sql.raw(`coalesce(r.locality_id, op.locality_id)`);
  const result = await sql<GroupRow>`
    WITH scope (centre_id, from_at, until_at) AS (VALUES ${centres}),
    req AS (
      SELECT r.centre_id, coalesce(r.category, 'none') AS category,
        coalesce(${locality}::text, 'none') AS locality,
        CASE WHEN ${locality} IS NULL THEN r.locality_name END AS locality_label,
        r.channel, false AS completed
      FROM scope sc
      JOIN requests r ON r.centre_id = sc.centre_id
        AND r.created_at >= sc.from_at AND r.created_at < sc.until_at
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      WHERE r.centre_id IN (${ids})
        AND r.created_at >= ${from}::timestamptz AND r.created_at < ${until}::timestamptz
    ),
    vis AS MATERIALIZED (
      SELECT v.centre_id, coalesce(r.category, 'none') AS category,
        coalesce(${locality}::text, 'none') AS locality,
        CASE WHEN ${locality} IS NULL THEN r.locality_name END AS locality_label,
        r.channel, coalesce(vr.administrator_id::text, 'none') AS administrator,
        coalesce(vr.outcome IN ('completed', 'partly_completed'), false) AS completed,
        (extract(epoch FROM (v.starts_at - r.created_at)) / 86400.0)::float8 AS wait
      FROM scope sc
      JOIN visits v ON v.centre_id = sc.centre_id
        AND v.day >= ${scope.fromDay}::date AND v.day <= ${scope.toDay}::date
      JOIN requests r ON r.centre_id = v.centre_id AND r.id = v.request_id
      LEFT JOIN visit_reports vr ON vr.centre_id = v.centre_id AND vr.visit_id = v.id
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      WHERE v.status <> 'cancelled' AND v.centre_id IN (${ids})
    ),
    app AS (
      SELECT a.centre_id, coalesce(r.category, 'none') AS category, a.service_id::text AS service,
        a.service_name AS service_label, coalesce(${locality}::text, 'none') AS locality,
        CASE WHEN ${locality} IS NULL THEN r.locality_name END AS locality_label,
        a.administrator_id::text AS administrator, coalesce(r.channel, 'none') AS channel,
        true AS completed
      FROM scope sc
      JOIN applications a ON a.centre_id = sc.centre_id AND a.corrects_id IS NULL
        AND a.registered_at >= sc.from_at AND a.registered_at < sc.until_at
      LEFT JOIN requests r ON r.centre_id = a.centre_id AND r.id = a.request_id
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      WHERE a.centre_id IN (${ids}) AND a.corrects_id IS NULL
        AND a.registered_at >= ${from}::timestamptz AND a.registered_at < ${until}::timestamptz
    ),
    g AS (
      ${grouped('requests', 'req', ['category', 'locality', 'channel'])}
      UNION ALL ${grouped('visits', 'vis', visitDims)}
      UNION ALL ${grouped('applications', 'app', applicationDims)}
      UNION ALL
      SELECT 'waiting', centre_id, 'total', '', NULL, count(*)::int, 0,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY wait), percentile_cont(0.9) WITHIN GROUP (ORDER BY wait)
      FROM vis GROUP BY centre_id
    )
    SELECT g.measure, g.centre_id::text AS "centreId", g.dimension, g.key,
      CASE g.dimension WHEN 'locality' THEN coalesce(loc.name, g.label)
        WHEN 'administrator' THEN p.name WHEN 'service' THEN g.label END AS label,
      s.name_en AS "labelEn", g.count, g.completed, g.median, g.p90
    FROM g
    LEFT JOIN localities loc ON loc.id = ${keyOf('locality')}
    LEFT JOIN persons p ON p.id = ${keyOf('administrator')}
    LEFT JOIN services s ON s.id = ${keyOf('service')}`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    median: row.median === null ? null : Number(row.median),
    p90: row.p90 === null ? null : Number(row.p90),
  }));
}
