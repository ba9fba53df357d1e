import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';

/** One group of a measure: a breakdown row, or the total when `dimension` is `total`. */
export interface GroupRow {
  dimension: string;
  key: string;
  label: string | null;
  labelEn: string | null;
  count: number;
  completed: number;
}

/** A centre and a period: instants for what is stamped with a time, civil days for visits. */
export interface ReportScope {
  centreId: string;
  fromInstant: Date;
  untilInstant: Date;
  fromDay: string;
  toDay: string;
}

/**
 * Counts one measure by every dimension in one pass over the rows (GROUPING SETS). The `keyed`
 * query must give the columns category, service, locality, administrator, channel (never null:
 * 'none' stands for a missing value), the label columns and `completed` (a boolean).
 */
async function groupCounts(db: Db, keyed: RawBuilder<unknown>, sets: string[]): Promise<GroupRow[]> {
  const dims = ['category', 'service', 'locality', 'administrator', 'channel'].filter((d) =>
    sets.includes(d),
  );
  const dimension = sql.raw(
    `CASE ${dims.map((d) => `WHEN grouping(${d}) = 0 THEN '${d}'`).join(' ')} ELSE 'total' END`,
  );
  const key = sql.raw(`coalesce(${dims.join(', ')}, '')`);
  const groupingSets = sql.raw(`GROUPING SETS (${dims.map((d) => `(${d})`).join(', ')}, ())`);
  const label = sql.raw(
    `CASE ${dims
      .filter((d) => d !== 'category' && d !== 'channel')
      .map((d) => `WHEN grouping(${d}) = 0 THEN min(${d}_label)`)
      .join(' ')} END`,
  );
  const labelEn = dims.includes('service')
    ? sql.raw('CASE WHEN grouping(service) = 0 THEN min(service_en) END')
    : sql.raw('NULL::text');
  const result = await sql<GroupRow>`
    SELECT ${dimension} AS dimension, ${key} AS key, ${label} AS label, ${labelEn} AS "labelEn",
      count(*)::int AS count, (count(*) FILTER (WHERE completed))::int AS completed
    FROM (${keyed}) AS k
    GROUP BY ${groupingSets}`.execute(db);
  return result.rows;
}

/** Visit requests made in the period, by category, locality and channel. */
export async function countRequests(db: Db, scope: ReportScope): Promise<GroupRow[]> {
  return groupCounts(
    db,
    sql`SELECT coalesce(r.category, 'none') AS category, coalesce(loc.id::text, 'none') AS locality,
        coalesce(loc.name, r.locality_name) AS locality_label, r.channel, false AS completed
      FROM requests r
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      LEFT JOIN localities loc ON loc.id = coalesce(r.locality_id, op.locality_id)
      WHERE r.centre_id = ${scope.centreId}
        AND r.created_at >= ${scope.fromInstant} AND r.created_at < ${scope.untilInstant}`,
    ['category', 'locality', 'channel'],
  );
}

/**
 * Visits on a day of the period that were not cancelled in the office, by the request's category,
 * locality and channel and by the administrator who reported from the field; `completed` counts
 * those whose report says the service was (at least partly) delivered.
 */
export async function countVisits(
  db: Db,
  scope: ReportScope,
  withAdministrator: boolean,
): Promise<GroupRow[]> {
  return groupCounts(
    db,
    sql`SELECT coalesce(r.category, 'none') AS category, coalesce(loc.id::text, 'none') AS locality,
        coalesce(loc.name, r.locality_name) AS locality_label, r.channel,
        coalesce(vr.administrator_id::text, 'none') AS administrator, p.name AS administrator_label,
        coalesce(vr.outcome IN ('completed', 'partly_completed'), false) AS completed
      FROM visits v
      JOIN requests r ON r.id = v.request_id
      LEFT JOIN visit_reports vr ON vr.visit_id = v.id
      LEFT JOIN persons p ON p.id = vr.administrator_id
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      LEFT JOIN localities loc ON loc.id = coalesce(r.locality_id, op.locality_id)
      WHERE v.centre_id = ${scope.centreId} AND v.status <> 'cancelled'
        AND v.day >= ${scope.fromDay} AND v.day <= ${scope.toDay}`,
    withAdministrator
      ? ['category', 'locality', 'administrator', 'channel']
      : ['category', 'locality', 'channel'],
  );
}

/**
 * Services delivered: applications registered in the period (originals only, not their
 * corrections), by the request's category, service, locality, administrator and channel.
 * Applications taken without a request (at the centre) count under 'none'.
 */
export async function countApplications(
  db: Db,
  scope: ReportScope,
  withAdministrator: boolean,
): Promise<GroupRow[]> {
  return groupCounts(
    db,
    sql`SELECT coalesce(r.category, 'none') AS category, a.service_id::text AS service,
        a.service_name AS service_label, s.name_en AS service_en,
        coalesce(loc.id::text, 'none') AS locality, coalesce(loc.name, r.locality_name) AS locality_label,
        a.administrator_id::text AS administrator, p.name AS administrator_label,
        coalesce(r.channel, 'none') AS channel, true AS completed
      FROM applications a
      JOIN services s ON s.id = a.service_id
      JOIN persons p ON p.id = a.administrator_id
      LEFT JOIN requests r ON r.id = a.request_id
      LEFT JOIN outreach_points op ON op.id = r.outreach_point_id
      LEFT JOIN localities loc ON loc.id = coalesce(r.locality_id, op.locality_id)
      WHERE a.centre_id = ${scope.centreId} AND a.corrects_id IS NULL
        AND a.registered_at >= ${scope.fromInstant} AND a.registered_at < ${scope.untilInstant}`,
    withAdministrator
      ? ['category', 'service', 'locality', 'administrator', 'channel']
      : ['category', 'service', 'locality', 'channel'],
  );
}

/**
 * Days from each request to its visit (the visit's planned start), over the period's visits that
 * were not cancelled: how many, the median and the 90th percentile, computed by the database.
 */
export async function waitingTimes(
  db: Db,
  scope: ReportScope,
): Promise<{ visits: number; median: number | null; p90: number | null }> {
  const result = await sql<{ visits: number; median: number | null; p90: number | null }>`
    SELECT count(*)::int AS visits,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY w) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY w) AS p90
    FROM (
      SELECT (extract(epoch FROM (v.starts_at - r.created_at)) / 86400.0)::float8 AS w
      FROM visits v JOIN requests r ON r.id = v.request_id
      WHERE v.centre_id = ${scope.centreId} AND v.status <> 'cancelled'
        AND v.day >= ${scope.fromDay} AND v.day <= ${scope.toDay}
    ) AS waits`.execute(db);
  const row = result.rows[0]!;
  return {
    visits: row.visits,
    median: row.median === null ? null : Number(row.median),
    p90: row.p90 === null ? null : Number(row.p90),
  };
}
