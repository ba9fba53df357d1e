import { describe, expect, it } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { createRequest } from '../requests/request.service.js';
import { makeCentre } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { nextInSeries, reserveBlock } from './numbering.js';

describe('numbering', () => {
  const t = useTestDatabase();

  it('counts per centre, series and year, from 1', async () => {
    const a = await makeCentre(t.db);
    const b = await makeCentre(t.db);
    const next = (centreId: string, series: string, year: number) =>
      inTransaction(t.db, (tx) => nextInSeries(tx, { centreId, series, year }));
    expect(await next(a.id, 'request', 2026)).toBe(1);
    expect(await next(a.id, 'request', 2026)).toBe(2);
    expect(await next(a.id, 'request', 2027)).toBe(1);
    expect(await next(a.id, 'logbook', 2026)).toBe(1);
    expect(await next(b.id, 'request', 2026)).toBe(1);
  });

  it('never gives one number twice to concurrent transactions', async () => {
    const centre = await makeCentre(t.db);
    const key = { centreId: centre.id, series: 'request', year: 2026 };
    const values = await Promise.all(
      Array.from({ length: 20 }, () =>
        inTransaction(t.db, async (tx) => {
          const value = await nextInSeries(tx, key);
          // Hold the row a moment, so that the others really have to wait for this transaction.
          await new Promise((resolve) => setTimeout(resolve, 5));
          return value;
        }),
      ),
    );
    expect([...values].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives a number back when the transaction that took it rolls back', async () => {
    const centre = await makeCentre(t.db);
    const key = { centreId: centre.id, series: 'request', year: 2026 };
    await expect(
      inTransaction(t.db, async (tx) => {
        await nextInSeries(tx, key);
        throw new Error('the request was not stored');
      }),
    ).rejects.toThrow('not stored');
    expect(await inTransaction(t.db, (tx) => nextInSeries(tx, key))).toBe(1);
  });

  it('sets aside blocks of consecutive numbers after the numbers already given', async () => {
    const centre = await makeCentre(t.db);
    const key = { centreId: centre.id, series: 'logbook', year: 2026 };
    await inTransaction(t.db, (tx) => nextInSeries(tx, key));
    expect(await inTransaction(t.db, (tx) => reserveBlock(tx, key, 50))).toEqual({ first: 2, last: 51 });
    expect(await inTransaction(t.db, (tx) => nextInSeries(tx, key))).toBe(52);
    await expect(reserveBlock(t.db, key, 0)).rejects.toThrow(RangeError);
  });

  it('numbers requests taken at the same moment without a gap or a repeat', async () => {
    const centre = await makeIntakeCentre(t.db);
    const ids = await Promise.all(
      Array.from({ length: 8 }, () => createRequest(t.db, centre.operator.actor, intakeBody(centre))),
    );
    const rows = await t.db
      .selectFrom('requests')
      .select(['number', 'number_seq'])
      .where('id', 'in', ids)
      .orderBy('number_seq')
      .execute();
    expect(rows.map((r) => r.number_seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(rows.map((r) => r.number)).size).toBe(8);
  });
});
