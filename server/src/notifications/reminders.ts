import { addDays } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findPlanningRequests } from '../scheduling/request-source.repository.js';
import { listPlannedVisitsOfDayAllCentres } from '../scheduling/visit.repository.js';
import { hasJobRun, recordJobRun } from './job-run.repository.js';
import { notifyApplicant } from './visit-notices.js';

const JOB = 'visit-reminders';

/**
 * Queues the day-before reminders for every planned visit of tomorrow, in every centre. Safe to run
 * again and again: each reminder has its own key (visit and day), and a finished day is recorded in
 * `job_runs`, so a restart neither skips a day nor repeats a message.
 */
export async function queueReminders(db: Db, today: string): Promise<{ queued: number; skipped: boolean }> {
  const done = await hasJobRun(db, JOB, today);
  if (done) return { queued: 0, skipped: true };
  const tomorrow = addDays(today, 1);
  return inTransaction(db, async (tx) => {
    const visits = await listPlannedVisitsOfDayAllCentres(tx, tomorrow);
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
    await recordJobRun(tx, JOB, today);
    return { queued: visits.length, skipped: false };
  });
}
