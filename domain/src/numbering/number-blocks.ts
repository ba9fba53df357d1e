import { civilDateParts, type IsoDate } from '../time/civil-date.js';

/**
 * A block of logbook numbers reserved in advance for one device, so that the device can number
 * applications with no network and the numbers still never collide with anybody else's.
 */
export interface NumberBlock {
  year: number;
  first: number;
  last: number;
}

/** How many numbers of a block are left when `used` of them are used. */
export function unusedCount(block: NumberBlock, used: number): number {
  return block.last - block.first + 1 - used;
}

/**
 * How many new blocks a device needs so that it carries at least `reserve` unused numbers of a year
 * into the field: none while it has enough, otherwise enough blocks of `blockSize` to get back over.
 */
export function blocksToIssue(unused: number, reserve: number, blockSize: number): number {
  if (unused >= reserve) return 0;
  return Math.ceil((reserve - unused) / blockSize);
}

/**
 * The years a device must hold numbers for on `today`: the current year and, from the first of
 * December, the next one too — a device that goes out on the 31st and comes back after New Year must
 * be able to register on the 1st of January without the network.
 */
export function yearsToReserve(today: IsoDate): number[] {
  const { year, month } = civilDateParts(today);
  return month === 12 ? [year, year + 1] : [year];
}

/** Why a device may not use a number: it is not in any of its blocks, or it was used already. */
export type ClaimRefusal = 'not_in_block' | 'already_used';

/**
 * The rule for a number a device reports with the command that used it: it must lie in a block of
 * that device for that year, and must not have been used before (by anyone).
 */
export function checkClaim(
  blocks: readonly NumberBlock[],
  used: ReadonlySet<number>,
  claim: { year: number; value: number },
): ClaimRefusal | null {
  const inBlock = blocks.some(
    (b) => b.year === claim.year && claim.value >= b.first && claim.value <= b.last,
  );
  if (!inBlock) return 'not_in_block';
  return used.has(claim.value) ? 'already_used' : null;
}

/**
 * The unused numbers of a block as closed ranges, in order — what the audit trail records when a
 * block is released, so that the logbook's gaps are explained.
 */
export function unusedRanges(block: NumberBlock, used: Iterable<number>): [number, number][] {
  const taken = new Set(used);
  const ranges: [number, number][] = [];
  let start: number | null = null;
  for (let n = block.first; n <= block.last + 1; n += 1) {
    const free = n <= block.last && !taken.has(n);
    if (free && start === null) start = n;
    if (!free && start !== null) {
      ranges.push([start, n - 1]);
      start = null;
    }
  }
  return ranges;
}
