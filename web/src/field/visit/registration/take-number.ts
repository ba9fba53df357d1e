import type { PulledNumberBlock } from '@valiza/domain';

/** A logbook number taken on the device: its year and running value. */
export interface TakenNumber {
  readonly year: number;
  readonly value: number;
}

/**
 * The next logbook number of `year` from the device's blocks, in order: the lowest number of any
 * block of that year that the device has not used. The blocks were reserved for this device alone
 * by the server, so the number is unique without asking anyone. Null when the blocks are used up
 * (the device must sync to get a new block before it can register more).
 */
export function nextNumber(
  blocks: readonly PulledNumberBlock[],
  used: readonly TakenNumber[],
  year: number,
): TakenNumber | null {
  const taken = new Set(used.filter((u) => u.year === year).map((u) => u.value));
  const ofYear = blocks.filter((b) => b.year === year).sort((a, b) => a.first - b.first);
  for (const block of ofYear) {
    for (let value = block.first; value <= block.last; value += 1) {
      if (!taken.has(value)) return { year, value };
    }
  }
  return null;
}

/** How many numbers of `year` are left in the blocks. */
export function numbersLeft(
  blocks: readonly PulledNumberBlock[],
  used: readonly TakenNumber[],
  year: number,
): number {
  const taken = new Set(used.filter((u) => u.year === year).map((u) => u.value));
  return blocks
    .filter((b) => b.year === year)
    .reduce((sum, b) => {
      let free = 0;
      for (let v = b.first; v <= b.last; v += 1) if (!taken.has(v)) free += 1;
      return sum + free;
    }, 0);
}

/** The printed form of a number, from the block's own printed form (`КАМ/2026/000051`). */
export function printedNumber(blocks: readonly PulledNumberBlock[], number: TakenNumber): string {
  const block = blocks.find(
    (b) => b.year === number.year && b.first <= number.value && number.value <= b.last,
  );
  const prefix = block
    ? block.firstNumber.slice(0, block.firstNumber.lastIndexOf('/') + 1)
    : `${number.year}/`;
  return `${prefix}${String(number.value).padStart(6, '0')}`;
}
