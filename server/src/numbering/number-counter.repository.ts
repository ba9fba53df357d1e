import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * Moves a counter forward by `count` and answers its new last value. One statement inserts the
 * counter or updates it; the update takes the row's lock, so a concurrent caller waits until this
 * transaction ends and then continues from the value it left.
 */
export async function advanceCounter(
  db: Db,
  key: { centreId: string; series: string; year: number },
  count: number,
): Promise<number> {
  const row = await db
    .insertInto('number_counters')
    .values({ centre_id: key.centreId, series: key.series, year: key.year, last_value: count })
    .onConflict((oc) =>
      oc
        .columns(['centre_id', 'series', 'year'])
        .doUpdateSet({ last_value: sql<number>`number_counters.last_value + ${count}` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

/** The last value given out in a series, or 0 when none was. */
export async function currentCounter(
  db: Db,
  key: { centreId: string; series: string; year: number },
): Promise<number> {
  const row = await db
    .selectFrom('number_counters')
    .select('last_value')
    .where('centre_id', '=', key.centreId)
    .where('series', '=', key.series)
    .where('year', '=', key.year)
    .executeTakeFirst();
  return Number(row?.last_value ?? 0);
}
