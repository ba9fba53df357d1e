import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { inTransaction } from '../db/transaction.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { audit } from './audit.service.js';
import { changeKit } from '../org/kit.service.js';

describe('audit trail', () => {
  const t = useTestDatabase();

  it('is written with the change and vanishes with it when the change rolls back', async () => {
    const { centre, head } = await makeCentreWithStaff(t.db);
    await expect(
      inTransaction(t.db, async (tx) => {
        await audit(tx, head.actor, 'test.rolled_back', {
          type: 'kit',
          id: centre.kitId,
          centreId: centre.id,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', centre.kitId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('records who changed a record, in which centre', async () => {
    const { centre, head } = await makeCentreWithStaff(t.db);
    await changeKit(t.db, head.actor, centre.kitId, { code: 'NEW', components: [], active: true });
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', centre.kitId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      action: 'kit.updated',
      actor_id: head.actor.personId,
      centre_id: centre.id,
      record_type: 'kit',
    });
  });

  it('cannot be changed or deleted', async () => {
    const { centre, head } = await makeCentreWithStaff(t.db);
    await audit(t.db, head.actor, 'test.kept', { type: 'kit', id: centre.kitId, centreId: centre.id });
    await expect(
      sql`UPDATE audit_log SET action = 'test.rewritten' WHERE record_id = ${centre.kitId}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE record_id = ${centre.kitId}`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    const rows = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', centre.kitId)
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['test.kept']);
  });
});
