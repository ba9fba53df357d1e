import { addDays } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findPlanningRequests } from '../scheduling/request-source.repository.js';
import type { VisitRow } from '../scheduling/visit.repository.js';
import { notifyApplicant } from './visit-notices.js';

const JOB = 'visit-reminders';

/**
 * Queues the day-before reminders for every planned visit of tomorrow, in every centre. Safe to run
 * again and again: each reminder has its own key (visit and day), and a finished day is recorded in
 * `job_runs`, so a restart neither skips a day nor repeats a message.
 */
export async function queueReminders(db: Db, today: string): Promise<{ queued: number; skipped: boolean }> {
  const done = await db
    .selectFrom('job_runs')
    .select('run_key')
    .where('job', '=', JOB)
    .where('run_key', '=', today)
    .executeTakeFirst();
  if (done) return { queued: 0, skipped: true };
  const tomorrow = addDays(today, 1);
  return inTransaction(db, async (tx) => {
    const visits = (await tx
      .selectFrom('visits')
      .select([
        'id',
        'centre_id as centreId',
        'request_id as requestId',
        'kind',
        'status',
        'day',
        'starts_at as startsAt',
        'ends_at as endsAt',
        'kit_id as kitId',
        'outreach_session_id as outreachSessionId',
        'companions',
        'service_minutes as serviceMinutes',
        'sequence',
        'override_reason as overrideReason',
        'cancel_reason as cancelReason',
        'version',
      ])
      .where('day', '=', tomorrow)
      .where('status', '=', 'planned')
      .orderBy('id')
      .execute()) as VisitRow[];
    const requests = new Map(
      (
        await findPlanningRequests(
          tx,
          visits.map((v) => v.requestId),
        )
      ).map((r) => [r.id, r]),
    );
    for (const visit of visits) {
      const request = requests.get(visit.requestId);
      if (request) await notifyApplicant(tx, visit, request, 'reminder', today);
    }
    await tx
      .insertInto('job_runs')
      .values({ job: JOB, run_key: today })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return { queued: visits.length, skipped: false };
  });
}
