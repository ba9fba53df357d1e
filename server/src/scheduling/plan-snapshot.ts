import type { IsoDate, PlanSnapshot, SnapshotVisit } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { listOutreachSessions } from './outreach.service.js';
import { findPlanningRequests } from './request-source.repository.js';
import { listCentreVisits } from './visit-queries.js';

const PAYMENT = {
  prepaid_receipt: 'квитанція про попередню оплату',
  fast_pay: 'оплата під час візиту',
  pos_terminal: 'POS-термінал',
} as const;

/**
 * The day as the field will receive it: every planned visit in route order with what the
 * administrator needs at the door (the applicant, intercom, access notes, services, documents to
 * check, payment) and the day's outreach sessions. Stored with the approval and never rewritten.
 */
export async function buildSnapshot(
  tx: Db,
  actor: Actor,
  day: IsoDate,
  approval: number,
): Promise<PlanSnapshot> {
  const visits = await listCentreVisits(tx, actor, { from: day, to: day, status: 'planned' });
  const sessions = (await listOutreachSessions(tx, actor, { from: day, to: day })).filter(
    (s) => s.status === 'planned',
  );
  const requests = new Map(
    (
      await findPlanningRequests(
        tx,
        visits.map((v) => v.requestId),
      )
    ).map((r) => [r.id, r]),
  );
  const ordered = [...visits].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || (a.sequence ?? 0) - (b.sequence ?? 0),
  );
  return {
    day,
    approval,
    visits: ordered.map((visit): SnapshotVisit => {
      const request = requests.get(visit.requestId)!;
      const payments = [
        ...new Set(
          request.services.flatMap((s) =>
            s.payment ? [PAYMENT[s.payment as keyof typeof PAYMENT] ?? s.payment] : [],
          ),
        ),
      ];
      return {
        ...visit,
        applicant: { name: request.applicantName, phone: request.phones[0] ?? null },
        intercom: request.intercom,
        accessNotes: request.accessNotes,
        services: request.services.map((s) => ({ id: s.id, name: s.name, documents: s.documents })),
        payment: payments.length ? payments.join('; ') : null,
      };
    }),
    sessions,
  };
}
