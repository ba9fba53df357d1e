import type { Db } from '../db/database.js';
import { advanceCounter } from './number-counter.repository.js';

/**
 * Sequences of a centre, one per series and year: request numbers now, logbook entries later (with
 * blocks set aside for field devices that number offline). Call these inside the transaction that
 * stores the numbered record: if it rolls back, the number is given back with it, and numbers stay
 * without gaps.
 */
export interface SeriesKey {
  readonly centreId: string;
  /** What is numbered, e.g. `request`. */
  readonly series: string;
  readonly year: number;
}

/** The next number of a series. Concurrent callers never get the same one. */
export async function nextInSeries(tx: Db, key: SeriesKey): Promise<number> {
  return advanceCounter(tx, key, 1);
}

/**
 * Sets aside `size` consecutive numbers of a series at once (for a device that will number records
 * while offline) and answers the first and the last of them.
 */
export async function reserveBlock(
  tx: Db,
  key: SeriesKey,
  size: number,
): Promise<{ first: number; last: number }> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Not a block size: ${size}`);
  const last = await advanceCounter(tx, key, size);
  return { first: last - size + 1, last };
}
