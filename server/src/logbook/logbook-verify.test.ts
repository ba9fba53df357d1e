import { describe, expect, it } from 'vitest';
import { instantAt } from '@valiza/domain';
import { sql } from 'kysely';
import { describeVerify, logbookVerify } from '../cli/logbook-verify.js';
import type { Db } from '../db/database.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { chainPending } from './logbook-ingest.js';
import { forwardEntry } from './logbook-events.service.js';
import { verifyCentreChain, verifyLogbook } from './logbook-verify.service.js';

const receivedAt = instantAt('2026-11-20', '10:00');
const monday = (time: string) => instantAt('2026-11-23', time);

/** Tampering as someone with database access would: with the logbook's triggers and keys switched off. */
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await statement.execute(tx);
  });
}

describe('verifying the logbook chain', () => {
  const t = useTestDatabase();

  async function workedCentre() {
    const c = await makeLogbookCentre(t.db);
    const apps = [];
    for (let i = 0; i < 3; i++)
      apps.push(
        await registerApplication(t.db, c, { receivedAt: new Date(receivedAt.getTime() + i * 1000) }),
      );
    await chainPending(t.db, c.centre.id);
    for (const app of apps)
      await forwardEntry(
        t.db,
        c.head.actor,
        app.id,
        { occurredAt: monday('09:00').toISOString(), method: 'email' },
        monday('10:00'),
      );
    return { c, apps, centre: { id: c.centre.id, code: c.centre.code } };
  }

  it('finds an untouched chain intact', async () => {
    const { c } = await workedCentre();
    const result = await verifyLogbook(t.db, c.head.actor);
    expect(result).toMatchObject({ ok: true, links: 6, entries: 3, events: 3, firstBroken: null });
    await expect(verifyLogbook(t.db, c.operator.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('names the first application changed in the database', async () => {
    const { apps, centre } = await workedCentre();
    await tamper(t.db, sql`UPDATE applications SET service_name = 'Інша послуга' WHERE id = ${apps[1]!.id}`);
    await tamper(t.db, sql`UPDATE applications SET provider = 'Інший' WHERE id = ${apps[2]!.id}`);
    const result = await verifyCentreChain(t.db, centre);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      seq: 2,
      kind: 'entry',
      refId: apps[1]!.id,
      number: apps[1]!.number,
      problem: 'changed',
    });
  });

  it('names an event removed, and one changed', async () => {
    const { apps, centre } = await workedCentre();
    const event = await t.db
      .selectFrom('logbook_events')
      .select('id')
      .where('application_id', '=', apps[0]!.id)
      .executeTakeFirstOrThrow();
    await tamper(
      t.db,
      sql`UPDATE logbook_events SET occurred_at = occurred_at - interval '1 day' WHERE id = ${event.id}`,
    );
    expect((await verifyCentreChain(t.db, centre)).firstBroken).toMatchObject({
      seq: 4,
      kind: 'event',
      refId: event.id,
      number: apps[0]!.number,
      problem: 'changed',
    });
    await tamper(t.db, sql`DELETE FROM logbook_events WHERE id = ${event.id}`);
    expect((await verifyCentreChain(t.db, centre)).firstBroken).toMatchObject({
      seq: 4,
      refId: event.id,
      problem: 'removed',
    });
  });

  it('notices a link rewritten, a link deleted, and the tail cut off', async () => {
    const first = await workedCentre();
    await tamper(
      t.db,
      sql`UPDATE logbook_chain SET content_hash = repeat('a', 64) WHERE centre_id = ${first.centre.id} AND seq = 3`,
    );
    expect((await verifyCentreChain(t.db, first.centre)).firstBroken).toMatchObject({
      seq: 3,
      problem: 'link_altered',
    });

    const second = await workedCentre();
    await tamper(t.db, sql`DELETE FROM logbook_chain WHERE centre_id = ${second.centre.id} AND seq = 5`);
    expect((await verifyCentreChain(t.db, second.centre)).firstBroken).toMatchObject({
      seq: 5,
      problem: 'link_missing',
    });

    const third = await workedCentre();
    await tamper(t.db, sql`DELETE FROM logbook_chain WHERE centre_id = ${third.centre.id} AND seq = 6`);
    expect((await verifyCentreChain(t.db, third.centre)).firstBroken).toMatchObject({
      seq: 6,
      problem: 'link_missing',
    });
  });

  it('notices an event slipped in outside the application', async () => {
    const { apps, centre, c } = await workedCentre();
    await tamper(
      t.db,
      sql`INSERT INTO logbook_events (id, centre_id, application_id, kind, content, occurred_at, recorded_at)
          VALUES (${'01900000-0000-7000-8000-000000000001'}, ${c.centre.id}, ${apps[2]!.id}, 'decision',
                  '{"decision":"granted"}', now(), now())`,
    );
    expect((await verifyCentreChain(t.db, centre)).firstBroken).toMatchObject({
      seq: null,
      kind: 'event',
      problem: 'not_chained',
      number: apps[2]!.number,
    });
  });

  it('reports per centre on the command line and names the broken entry', async () => {
    const { apps, centre } = await workedCentre();
    await tamper(t.db, sql`UPDATE applications SET number = 'X' WHERE id = ${apps[0]!.id}`);
    const { ok, lines } = await logbookVerify(t.db, centre.code);
    expect(ok).toBe(false);
    expect(lines).toEqual([
      expect.stringContaining(`${centre.code}: BROKEN at link 1, entry ${apps[0]!.id}`),
    ]);
    await expect(logbookVerify(t.db, 'NOPE')).rejects.toMatchObject({ code: 'logbook.unknown_centre' });
    expect(
      describeVerify({ centreCode: 'КАМ', ok: true, links: 2, entries: 1, events: 1, firstBroken: null }),
    ).toBe('КАМ: intact (2 links, 1 applications, 1 events).');
  });
});
