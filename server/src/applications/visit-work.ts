import { civilDateIn, problem, visitConflict, type VisitConflict } from '@valiza/domain';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findRequest } from '../requests/request.repository.js';
import { findVisit, type VisitRow } from '../scheduling/visit.repository.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { lockReport, updateReport, type VisitReportRow } from './visit-report.repository.js';

export interface VisitWork {
  visit: VisitRow;
  report: VisitReportRow;
  /** The report's conflict after this work was looked at (the first one found stays). */
  conflict: VisitConflict | null;
}

/**
 * Opens a visit of the actor's centre for field work done at `workedAt` (the device's clock): locks
 * its report (created on first use) and checks whether the office cancelled or moved the visit, or
 * closed its request, meanwhile. A conflict never refuses the work — the caller stores it in full —
 * it is written on the report (with an audit line) for the head to resolve.
 */
export async function openVisitWork(
  tx: Db,
  actor: DeviceActor,
  visitId: string,
  workedAt: Date,
): Promise<VisitWork> {
  const visit = await findVisit(tx, visitId);
  if (!visit || visit.centreId !== actor.centreId) throw problem('not_found');
  const report = await lockReport(tx, {
    visitId,
    centreId: visit.centreId,
    requestId: visit.requestId,
    administratorId: actor.personId,
    deviceId: actor.deviceId,
  });
  if (report.conflict) return { visit, report, conflict: report.conflict };
  const request = await findRequest(tx, visit.requestId);
  if (!request) throw problem('not_found');
  const conflict = visitConflict(
    {
      visitStatus: visit.status,
      visitDay: visit.day,
      requestState: request.state,
      // This visit's own outcome closed the request: later work for it is no conflict.
      closedByThisVisit: report.request_state !== null,
    },
    civilDateIn(workedAt),
  );
  if (conflict) await flagConflict(tx, actor, report, conflict);
  return { visit, report, conflict };
}

/** Writes a conflict on a locked report, once. */
export async function flagConflict(
  tx: Db,
  actor: DeviceActor,
  report: VisitReportRow,
  conflict: VisitConflict,
): Promise<void> {
  await updateReport(tx, report.visit_id, { conflict, conflict_detected_at: new Date() });
  await audit(
    tx,
    actor,
    'visit.conflict_flagged',
    { type: 'visit', id: report.visit_id, centreId: report.centre_id },
    { conflict, requestId: report.request_id },
  );
}
