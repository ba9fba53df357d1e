import type { Db } from '../db/database.js';

/** Whether a periodic job has already finished the run with this key (a day). */
export async function hasJobRun(db: Db, job: string, runKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('job_runs')
    .select('run_key')
    .where('job', '=', job)
    .where('run_key', '=', runKey)
    .executeTakeFirst();
  return Boolean(row);
}

/** Records a finished run; recording it twice is harmless. */
export async function recordJobRun(db: Db, job: string, runKey: string): Promise<void> {
  await db
    .insertInto('job_runs')
    .values({ job, run_key: runKey })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
