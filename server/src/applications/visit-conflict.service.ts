import { problem, requestStateAfterVisit, type ResolveVisitConflictBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { settleByFieldOutcome } from '../requests/request-lifecycle.js';
import { applicationsOfVisits } from './application.repository.js';
import {
  findReportForUpdate,
  listConflicts,
  updateReport,
  type ConflictRow,
} from './visit-report.repository.js';

export interface ConflictView {
  row: ConflictRow;
  applications: { id: string; number: string; serviceName: string }[];
}

/**
 * Field work the office's changes crossed while the field was offline (the head's list): open ones,
 * or all. Each with the applications registered at the visit — kept in full whatever the conflict.
 */
export async function listVisitConflicts(db: Db, actor: Actor, all: boolean): Promise<ConflictView[]> {
  const centreId = centreOf(actor, 'head');
  const rows = await listConflicts(db, centreId, all);
  const applications = await applicationsOfVisits(
    db,
    rows.map((r) => r.visitId),
  );
  return rows.map((row) => ({
    row,
    applications: applications
      .filter((a) => a.visitId === row.visitId)
      .map(({ id, number, serviceName }) => ({ id, number, serviceName })),
  }));
}

/**
 * The head resolves a conflict, with a note saying why, in one transaction with its audit line:
 *
 * - `field_outcome` — the field's outcome applies after all: the request follows it (through the
 *   request lifecycle, which also takes a visit still planned for the request off its plan), and the
 *   report records the state it led to, as if no conflict had been found. Needs the outcome to have
 *   arrived (`visits.conflict_no_outcome`).
 * - `office_change` — what the office did stands; the request is not touched.
 *
 * Either way nothing of the field's work is changed or removed: the applications it registered stand
 * (a person who handed over documents has an application in the logbook), and so do its incidents.
 */
export async function resolveVisitConflict(
  db: Db,
  actor: Actor,
  visitId: string,
  body: ResolveVisitConflictBody,
): Promise<void> {
  const centreId = centreOf(actor, 'head');
  await inTransaction(db, async (tx) => {
    const report = await findReportForUpdate(tx, centreId, visitId);
    if (!report?.conflict) throw problem('not_found');
    if (report.conflict_resolved_at) throw problem('visits.conflict_resolved');
    let requestState: { from: string | null; to: string } | null = null;
    if (body.decision === 'field_outcome') {
      if (!report.outcome) throw problem('visits.conflict_no_outcome');
      const after = requestStateAfterVisit(report.outcome, report.cancel_reason);
      const from = await settleByFieldOutcome(tx, actor, report.request_id, after, {
        note: body.note,
        cancelledBy: report.cancel_reason === 'declined' ? 'applicant' : 'centre',
      });
      requestState = { from, to: after.to };
    }
    await updateReport(tx, visitId, {
      conflict_resolved_at: new Date(),
      conflict_resolved_by: actor.personId,
      conflict_resolution: body.note,
      conflict_decision: body.decision,
      ...(requestState ? { request_state: requestState.to } : {}),
    });
    await audit(
      tx,
      actor,
      'visit.conflict_resolved',
      { type: 'visit', id: visitId, centreId },
      {
        conflict: report.conflict,
        decision: body.decision,
        requestId: report.request_id,
        ...(requestState ? { requestFrom: requestState.from, requestTo: requestState.to } : {}),
      },
    );
  });
}
