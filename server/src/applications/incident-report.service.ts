import { civilDateIn, problem, type IncidentReportV1 } from '@valiza/domain';
import { insertIncident } from '../applicants/incident.repository.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findRequest } from '../requests/request.repository.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { findIncident, findVisitIncident, updateIncidentNote } from './incident-lookup.repository.js';
import { openVisitWork } from './visit-work.js';

/**
 * An incident's note with `added` joined to it (a blank line between), or the note unchanged when
 * it already says `added` — so a resend adds nothing twice.
 */
export function noteWith(note: string | null, added: string | null | undefined): string | null {
  if (!added || note?.includes(added)) return note;
  return note ? `${note}\n\n${added}` : added;
}

/**
 * Adds what another command says about a visit's incident to the one already recorded (one incident
 * per visit and kind); answers its id. The note is joined only when it adds something.
 */
export async function describeVisitIncident(
  tx: Db,
  actor: DeviceActor,
  incident: { id: string; note: string | null },
  added: string | null | undefined,
  details: Record<string, unknown>,
): Promise<string> {
  const note = noteWith(incident.note, added);
  if (note !== null && note !== incident.note) {
    await updateIncidentNote(tx, incident.id, note);
    await audit(
      tx,
      actor,
      'incident.described',
      { type: 'incident', id: incident.id, centreId: actor.centreId },
      details,
    );
  }
  return incident.id;
}

/**
 * Records an incident the field reported at a visit, under the id the device made. The visit's
 * report is locked first (`openVisitWork`), so copies of the same report wait for each other: the
 * same incident sent again answers the same, the same id with other content is
 * `409 incidents.id_conflict`.
 *
 * One incident per visit and kind: when the visit already has one of this kind (the field also
 * finishes a visit cancelled for aggression or doubtful capacity with `visit.finish`, which records
 * it too), the description is added to that incident and its id is answered — whichever of the two
 * commands arrives first.
 */
export async function reportIncident(
  tx: Db,
  actor: DeviceActor,
  report: IncidentReportV1,
): Promise<Record<string, unknown>> {
  const occurredAt = new Date(report.occurredAt);
  const { visit } = await openVisitWork(tx, actor, report.visitId, occurredAt);
  const existing = await findIncident(tx, report.incidentId);
  if (existing) {
    const same =
      existing.centreId === actor.centreId &&
      existing.visitId === report.visitId &&
      existing.kind === report.kind &&
      // The note may have grown by what `visit.finish` added to it afterwards.
      noteWith(existing.note, report.description) === existing.note;
    if (!same) throw problem('incidents.id_conflict');
    return { incidentId: existing.id };
  }
  const shared = await findVisitIncident(tx, report.visitId, report.kind);
  if (shared) {
    const incidentId = await describeVisitIncident(tx, actor, shared, report.description, {
      kind: report.kind,
      visitId: report.visitId,
      reportedId: report.incidentId,
    });
    return { incidentId };
  }
  const request = await findRequest(tx, visit.requestId);
  if (!request) throw problem('not_found');
  await insertIncident(tx, {
    id: report.incidentId,
    visitId: report.visitId,
    centreId: actor.centreId,
    kind: report.kind,
    occurredOn: civilDateIn(occurredAt),
    applicantId: request.applicantId,
    requestId: request.id,
    addressKey: request.addressKey,
    note: report.description,
    recordedBy: actor.personId,
  });
  await audit(
    tx,
    actor,
    'incident.recorded',
    { type: 'incident', id: report.incidentId, centreId: actor.centreId },
    { kind: report.kind, visitId: report.visitId, requestId: request.id },
  );
  return { incidentId: report.incidentId };
}
