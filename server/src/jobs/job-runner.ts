import { civilDateIn, wallClockAt } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { queueReminders } from '../notifications/reminders.js';
import { sendDueSms } from '../notifications/sms-sender.js';
import type { NoticeLogger, SmsProvider } from '../notifications/sms-provider.js';
import { extendOutreachHorizons } from '../scheduling/outreach-expansion.js';
import { createSurveyTasks } from '../feedback/survey-task.job.js';
import { sendDailyDigests } from '../logbook/digest.service.js';
import { chainPending } from '../logbook/logbook-ingest.js';
import type { Mailer } from '../logbook/mailer.js';

/** A periodic task: runs, then waits `everyMs` before the next run (never two at once). */
interface Job {
  name: string;
  everyMs: number;
  run(now: Date): Promise<void>;
}

export interface JobRunnerOptions {
  provider: SmsProvider;
  /** Mails the head's logbook digest; null or absent when no SMTP server is configured. */
  mailer?: Mailer | null;
  log: NoticeLogger & { error(fields: Record<string, unknown>, message: string): void };
  smsEveryMs?: number;
  dailyEveryMs?: number;
  surveyEveryMs?: number;
  firstRunAfterMs?: number;
  now?: () => Date;
}

/** Text messages wait through the night: people are not woken by a reminder. */
export function isQuietHour(now: Date): boolean {
  const hour = wallClockAt(now).hour;
  return hour >= 21 || hour < 8;
}

/**
 * The server's background work, on timers in the server process (no job queue: PGlite has one
 * connection and one process): sending queued text messages, and the daily reminders and outreach
 * horizon. Each job is guarded by database state, so a restart neither skips nor repeats one.
 */
export function startJobs(db: Db, options: JobRunnerOptions): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  const jobs: Job[] = [
    {
      name: 'sms',
      everyMs: options.smsEveryMs ?? 30_000,
      async run(at) {
        if (!isQuietHour(at)) await sendDueSms(db, options.provider, options.log, at);
      },
    },
    {
      name: 'daily',
      everyMs: options.dailyEveryMs ?? 15 * 60_000,
      async run(at) {
        const today = civilDateIn(at);
        await extendOutreachHorizons(db, today);
        // Reminders go out from nine in the morning, for the next day's visits.
        if (wallClockAt(at).hour >= 9) await queueReminders(db, today);
        // Applications the field registered are chained even when nobody opens the logbook.
        await chainPending(db);
        await sendDailyDigests(db, options.mailer ?? null, at);
      },
    },
    {
      name: 'surveys',
      everyMs: options.surveyEveryMs ?? 5 * 60_000,
      async run() {
        await createSurveyTasks(db);
      },
    },
  ];
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;
  const schedule = (job: Job, delay: number) => {
    if (stopped) return;
    timers.set(
      job.name,
      setTimeout(() => {
        const run: Promise<void> = job
          .run(now())
          .catch((error: unknown) =>
            options.log.error(
              { job: job.name, type: error instanceof Error ? error.name : typeof error },
              'job failed',
            ),
          )
          .finally(() => {
            running.delete(run);
            schedule(job, job.everyMs);
          });
        running.add(run);
      }, delay),
    );
  };
  for (const job of jobs) schedule(job, options.firstRunAfterMs ?? 5_000);
  return {
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all([...running]);
    },
  };
}
