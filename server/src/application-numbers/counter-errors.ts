import { problem } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { reserveBlock } from '../numbering/numbering.js';

/** The largest number the six digits of a logbook number can hold. */
const LAST_NUMBER = 999_999;

/**
 * Draws `count` consecutive numbers of the centre's logbook sequence for a year (series
 * `application` of the shared counters) and answers the last. Past 999999 the sequence is exhausted:
 * the throw rolls the draw back with the caller's transaction.
 */
export async function drawNumbers(tx: Db, centreId: string, year: number, count: number): Promise<number> {
  const { last } = await reserveBlock(tx, { centreId, series: 'application', year }, count);
  if (last > LAST_NUMBER) throw problem('numbers.exhausted');
  return last;
}

/**
 * Runs a write to the number tables, turning the database's refusals into catalogued problems: a
 * counter past 999999 is `numbers.exhausted`, a second use of a number is `numbers.already_used`.
 */
export async function drawing<T>(write: () => Promise<T>, params: Record<string, string> = {}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === '23514') throw problem('numbers.exhausted');
    if (isUniqueViolation(error, 'application_number_uses_pkey'))
      throw problem('numbers.already_used', { params });
    throw error;
  }
}
