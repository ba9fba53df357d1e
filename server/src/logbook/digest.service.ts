import { civilDateIn, wallClockAt, type LogbookDigest } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { composeDigest } from './digest.js';
import { dashboardOf } from './logbook-read.service.js';
import type { Mailer } from './mailer.js';

/** The digest of today for the head, in the app. */
export async function logbookDigest(db: Db, actor: Actor, now = new Date()): Promise<LogbookDigest> {
  const centreId = centreOf(actor, 'head');
  const centre = await db
    .selectFrom('centres')
    .select('name')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  return composeDigest(centre.name, await dashboardOf(db, centreId, now));
}

/** Digests go out from eight in the morning, Kyiv time. */
export const DIGEST_HOUR = 8;

/**
 * Makes each centre's digest once a day (a row per centre and day, so a restart repeats nothing)
 * and mails it to the centre's active heads that have an e-mail address — only when a mailer is
 * configured. Answers how many digests were made and messages sent.
 */
export async function sendDailyDigests(
  db: Db,
  mailer: Mailer | null,
  now = new Date(),
): Promise<{ made: number; mailed: number }> {
  if (wallClockAt(now).hour < DIGEST_HOUR) return { made: 0, mailed: 0 };
  const day = civilDateIn(now);
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'name'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('logbook_digests as d')
            .select('d.day')
            .whereRef('d.centre_id', '=', 'centres.id')
            .where('d.day', '=', day),
        ),
      ),
    )
    .execute();
  let made = 0;
  let mailed = 0;
  for (const centre of centres) {
    const digest = composeDigest(centre.name, await dashboardOf(db, centre.id, now));
    const inserted = await db
      .insertInto('logbook_digests')
      .values({ centre_id: centre.id, day, subject: digest.subject, body: digest.text })
      .onConflict((oc) => oc.columns(['centre_id', 'day']).doNothing())
      .returning('day')
      .executeTakeFirst();
    if (!inserted) continue;
    made += 1;
    if (!mailer) continue;
    const heads = await db
      .selectFrom('persons as p')
      .innerJoin('person_roles as r', 'r.person_id', 'p.id')
      .select('p.email')
      .where('p.centre_id', '=', centre.id)
      .where('r.role', '=', 'head')
      .where('p.active', '=', true)
      .where('p.email', 'is not', null)
      .execute();
    let sent = 0;
    for (const head of heads) {
      await mailer.send({ to: head.email!, subject: digest.subject, text: digest.text });
      sent += 1;
    }
    mailed += sent;
    await db
      .updateTable('logbook_digests')
      .set({ emailed_to: sent })
      .where('centre_id', '=', centre.id)
      .where('day', '=', day)
      .execute();
  }
  return { made, mailed };
}
