import { problem, type ResolveVisitConflictBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
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
 * The head resolves a conflict with a note saying what was decided (for example that the request was
 * closed by hand, or that the applications stand). Nothing of the field's work is changed or removed.
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
    await updateReport(tx, visitId, {
      conflict_resolved_at: new Date(),
      conflict_resolved_by: actor.personId,
      conflict_resolution: body.note,
    });
    await audit(
      tx,
      actor,
      'visit.conflict_resolved',
      { type: 'visit', id: visitId, centreId },
      { conflict: report.conflict },
    );
  });
}
