import type { Selectable, Updateable } from 'kysely';
import type { RequestState } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { VisitReportsTable } from './applications.tables.js';

export type VisitReportRow = Selectable<VisitReportsTable>;
export type VisitReportChanges = Updateable<VisitReportsTable>;

/**
 * The report of a visit, created on first use and locked for the rest of the transaction. Every
 * visit command goes through here first, so commands about one visit — copies included — wait for
 * each other instead of interleaving (a second copy of an insert waits on the primary key).
 */
export async function lockReport(
  tx: Db,
  report: { visitId: string; centreId: string; requestId: string; administratorId: string; deviceId: string },
): Promise<VisitReportRow> {
  await tx
    .insertInto('visit_reports')
    .values({
      visit_id: report.visitId,
      centre_id: report.centreId,
      request_id: report.requestId,
      administrator_id: report.administratorId,
      device_id: report.deviceId,
    })
    .onConflict((oc) => oc.column('visit_id').doNothing())
    .execute();
  return tx
    .selectFrom('visit_reports')
    .selectAll()
    .where('visit_id', '=', report.visitId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Changes a locked report and moves its version on. */
export async function updateReport(tx: Db, visitId: string, changes: VisitReportChanges): Promise<void> {
  await tx
    .updateTable('visit_reports')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('visit_id', '=', visitId)
    .execute();
}

/** A report of a centre, locked; undefined for another centre's or none. */
export async function findReportForUpdate(
  tx: Db,
  centreId: string,
  visitId: string,
): Promise<VisitReportRow | undefined> {
  return tx
    .selectFrom('visit_reports')
    .selectAll()
    .where('visit_id', '=', visitId)
    .where('centre_id', '=', centreId)
    .forUpdate()
    .executeTakeFirst();
}

export interface ConflictRow {
  visitId: string;
  requestId: string;
  requestNumber: string;
  applicantName: string;
  administratorName: string;
  conflict: 'visit_cancelled' | 'visit_rescheduled' | 'request_closed';
  visitStatus: 'planned' | 'cancelled';
  visitDay: string;
  requestState: RequestState;
  outcome: VisitReportRow['outcome'];
  cancelReason: VisitReportRow['cancel_reason'];
  arrivedAt: Date | null;
  finishedAt: Date | null;
  receivedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
  decision: VisitReportRow['conflict_decision'];
}

/** A centre's visit reports flagged as conflicts, open ones only unless `all`, newest first. */
export async function listConflicts(db: Db, centreId: string, all: boolean): Promise<ConflictRow[]> {
  let query = db
    .selectFrom('visit_reports as vr')
    .innerJoin('requests as r', 'r.id', 'vr.request_id')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .innerJoin('persons as p', 'p.id', 'vr.administrator_id')
    .innerJoin('visits as v', 'v.id', 'vr.visit_id')
    .select([
      'vr.visit_id as visitId',
      'vr.request_id as requestId',
      'r.number as requestNumber',
      'a.full_name as applicantName',
      'p.name as administratorName',
      'vr.conflict',
      'v.status as visitStatus',
      'v.day as visitDay',
      'r.state as requestState',
      'vr.outcome',
      'vr.cancel_reason as cancelReason',
      'vr.arrived_at as arrivedAt',
      'vr.finished_at as finishedAt',
      'vr.received_at as receivedAt',
      'vr.conflict_resolved_at as resolvedAt',
      'vr.conflict_resolution as resolution',
      'vr.conflict_decision as decision',
    ])
    .where('vr.centre_id', '=', centreId)
    .where('vr.conflict', 'is not', null)
    .$narrowType<{ conflict: ConflictRow['conflict']; requestState: RequestState }>();
  if (!all) query = query.where('vr.conflict_resolved_at', 'is', null);
  return query.orderBy('vr.received_at', 'desc').orderBy('vr.visit_id').execute();
}
