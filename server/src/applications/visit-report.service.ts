import type { VisitArriveV1 } from '@valiza/domain';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { updateReport } from './visit-report.repository.js';
import { openVisitWork } from './visit-work.js';

/** Records the arrival at a visit (the first one stands) and answers it with any conflict found. */
export async function recordArrival(
  tx: Db,
  actor: DeviceActor,
  arrival: VisitArriveV1,
): Promise<Record<string, unknown>> {
  const arrivedAt = new Date(arrival.arrivedAt);
  const { report, conflict } = await openVisitWork(tx, actor, arrival.visitId, arrivedAt);
  if (!report.arrived_at) {
    await updateReport(tx, arrival.visitId, {
      arrived_at: arrivedAt,
      arrived_position: arrival.position ? json(arrival.position) : null,
    });
    await audit(
      tx,
      actor,
      'visit.arrived',
      { type: 'visit', id: arrival.visitId, centreId: report.centre_id },
      { withPosition: Boolean(arrival.position) },
    );
  }
  return {
    visitId: arrival.visitId,
    arrivedAt: (report.arrived_at ?? arrivedAt).toISOString(),
    conflict,
  };
}
