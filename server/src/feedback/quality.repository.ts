import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** The period as a half-open range of instants over Kyiv days [from 00:00, to + 1 day 00:00). */
const range = (from: string, to: string) => ({
  start: sql`(${from}::date)::timestamp AT TIME ZONE 'Europe/Kyiv'`,
  end: sql`(${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Kyiv'`,
});

/** The centres a dashboard covers: one, or those of a region. */
export async function dashboardCentres(db: Db, scope: { centreId: string } | { regionId: string }) {
  let query = db
    .selectFrom('centres as c')
    .innerJoin('communities as m', 'm.id', 'c.community_id')
    .select(['c.id', 'c.name', 'm.region_id as regionId']);
  query =
    'centreId' in scope
      ? query.where('c.id', '=', scope.centreId)
      : query.where('m.region_id', '=', scope.regionId);
  return query.orderBy('c.name').execute();
}

/**
 * Visits held in the period with an arrival recorded, and how many began within fifteen minutes of
 * the planned start.
 */
export async function visitPunctuality(db: Db, centreId: string, from: string, to: string) {
  const { rows } = await sql<{ on_time: number | string; total: number | string }>`
    SELECT count(*) FILTER (WHERE vr.arrived_at <= v.starts_at + interval '15 minutes') AS on_time,
           count(*) AS total
    FROM visit_reports vr JOIN visits v ON v.id = vr.visit_id
    WHERE vr.centre_id = ${centreId} AND v.day BETWEEN ${from}::date AND ${to}::date
      AND vr.arrived_at IS NOT NULL`.execute(db);
  return { count: Number(rows[0]?.on_time ?? 0), of: Number(rows[0]?.total ?? 0) };
}

/** Visits cancelled in the field by reason, and by the office (`office`), in the period. */
export async function cancellationsByReason(db: Db, centreId: string, from: string, to: string) {
  const { rows } = await sql<{ reason: string; n: number | string }>`
    SELECT reason, count(*) AS n FROM (
      SELECT coalesce(vr.cancel_reason, 'other') AS reason
      FROM visit_reports vr JOIN visits v ON v.id = vr.visit_id
      WHERE vr.centre_id = ${centreId} AND vr.outcome = 'cancelled'
        AND v.day BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT 'office' AS reason FROM visits v
      WHERE v.centre_id = ${centreId} AND v.status = 'cancelled'
        AND v.day BETWEEN ${from}::date AND ${to}::date
    ) c GROUP BY reason ORDER BY count(*) DESC, reason`.execute(db);
  return rows.map((r) => ({ reason: r.reason, count: Number(r.n) }));
}

/** Finished visits of the period and their survey tasks by state. */
export async function surveyCoverage(db: Db, centreId: string, from: string, to: string, today: string) {
  const { rows } = await sql<Record<string, number | string>>`
    SELECT
      (SELECT count(*) FROM visit_reports vr JOIN visits v ON v.id = vr.visit_id
        WHERE vr.centre_id = ${centreId} AND vr.outcome IN ('completed', 'partly_completed')
          AND v.day BETWEEN ${from}::date AND ${to}::date) AS finished,
      count(t.id) AS tasks,
      count(*) FILTER (WHERE t.status = 'reached') AS reached,
      count(*) FILTER (WHERE t.status = 'declined') AS declined,
      count(*) FILTER (WHERE t.status = 'closed') AS not_reached,
      count(*) FILTER (WHERE t.status = 'open') AS open,
      count(*) FILTER (WHERE t.status = 'open' AND t.due_on < ${today}::date) AS overdue
    FROM survey_tasks t
    WHERE t.centre_id = ${centreId} AND t.visit_day BETWEEN ${from}::date AND ${to}::date`.execute(db);
  const r = rows[0] ?? {};
  const n = (key: string) => Number(r[key] ?? 0);
  return {
    finishedVisits: n('finished'),
    tasks: n('tasks'),
    reached: n('reached'),
    declined: n('declined'),
    notReached: n('not_reached'),
    open: n('open'),
    overdue: n('overdue'),
  };
}

/**
 * Satisfaction answers 1..5 of the period: surveys of its visits, and ratings from questionnaires,
 * the public page and entries staff made (survey comments are not counted twice).
 */
export async function satisfactionAnswers(db: Db, centreId: string, from: string, to: string) {
  const { start, end } = range(from, to);
  const { rows } = await sql<{ score: number; n: number | string }>`
    SELECT score, count(*) AS n FROM (
      SELECT satisfaction AS score FROM survey_tasks
      WHERE centre_id = ${centreId} AND status = 'reached' AND visit_day BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT rating AS score FROM feedback_items
      WHERE centre_id = ${centreId} AND channel <> 'survey' AND rating IS NOT NULL
        AND received_at >= ${start} AND received_at < ${end}
    ) s GROUP BY score`.execute(db);
  const distribution = [0, 0, 0, 0, 0];
  for (const r of rows) distribution[Number(r.score) - 1] = Number(r.n);
  return distribution;
}

/** Bribe signals raised in the period. */
export async function corruptionSignals(db: Db, centreId: string, from: string, to: string): Promise<number> {
  const { start, end } = range(from, to);
  const { rows } = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM quality_alerts
    WHERE centre_id = ${centreId} AND kind = 'bribe_signal' AND raised_at >= ${start} AND raised_at < ${end}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Register entries of the period by kind. */
export async function feedbackByKind(db: Db, centreId: string, from: string, to: string) {
  const { start, end } = range(from, to);
  const { rows } = await sql<{ kind: 'praise' | 'complaint' | 'proposal'; n: number | string }>`
    SELECT kind, count(*) AS n FROM feedback_items
    WHERE centre_id = ${centreId} AND received_at >= ${start} AND received_at < ${end}
    GROUP BY kind`.execute(db);
  const counts = { praise: 0, complaint: 0, proposal: 0 };
  for (const r of rows) counts[r.kind] = Number(r.n);
  return counts;
}

/**
 * Forwarding on time, from the logbook: applications received in the period whose forwarding day has
 * come (or that were forwarded), and how many reached the provider by that day (Kyiv date).
 */
export async function forwardingOnTime(db: Db, centreId: string, from: string, to: string, today: string) {
  const { start, end } = range(from, to);
  const { rows } = await sql<{ on_time: number | string; total: number | string }>`
    SELECT count(*) FILTER (WHERE forwarded_at IS NOT NULL
             AND (forwarded_at AT TIME ZONE 'Europe/Kyiv')::date <= forward_by) AS on_time,
           count(*) AS total
    FROM logbook_status
    WHERE centre_id = ${centreId} AND received_at >= ${start} AND received_at < ${end}
      AND (forwarded_at IS NOT NULL OR forward_by < ${today}::date)`.execute(db);
  return { count: Number(rows[0]?.on_time ?? 0), of: Number(rows[0]?.total ?? 0) };
}

/** Refusals decided in the period, by the provider that refused, from the logbook. */
export async function refusalsByProvider(db: Db, centreId: string, from: string, to: string) {
  const { start, end } = range(from, to);
  const { rows } = await sql<{ provider: string; n: number | string }>`
    SELECT a.provider, count(*) AS n
    FROM logbook_status s JOIN applications a ON a.id = s.application_id
    WHERE s.centre_id = ${centreId} AND s.decision = 'refused'
      AND s.decided_at >= ${start} AND s.decided_at < ${end}
    GROUP BY a.provider ORDER BY count(*) DESC, a.provider`.execute(db);
  return rows.map((r) => ({ provider: r.provider, count: Number(r.n) }));
}
