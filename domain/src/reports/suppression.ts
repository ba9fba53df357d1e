/**
 * Small-count suppression for figures that leave the centre (the quarterly publication and the
 * public indicators page). The rules, also written out in docs/reports.md:
 *
 * 1. Primary: a count from 1 to 4 is shown as "<5" (`small`). Zero is shown: it tells nothing about
 *    any person.
 * 2. Complementary: the rows of a breakdown add up to the measure's total. While the hidden rows of a
 *    breakdown could be worked out from the total and the shown rows (one hidden row; or hidden rows
 *    whose sum leaves each of them one possible value), the smallest shown non-zero row is hidden too
 *    (`hidden`, shown as "×").
 * 3. Totals: a total of 1 to 4 is itself `small`. When rule 2 runs out of rows to hide, the total of
 *    that measure is hidden in the whole publication — every breakdown of the measure shares it — and
 *    each breakdown of the measure then hides at least its smallest non-zero row, so that no
 *    breakdown adds up to the hidden total.
 */

/** Counts below this are never published exactly. */
export const SMALL_COUNT_LIMIT = 5;

export type SuppressionFlag = 'small' | 'hidden';

/** A published count: the number, or null with the reason it is withheld. */
export interface PublishedCount {
  readonly count: number | null;
  readonly flag: SuppressionFlag | null;
}

/** A measure (requests, visits, services) with its total and the breakdowns that add up to it. */
export interface PublishedMeasure {
  readonly total: PublishedCount;
  readonly breakdowns: PublishedCount[][];
}

const shown = (count: number): PublishedCount => ({ count, flag: null });
const small: PublishedCount = { count: null, flag: 'small' };
const hidden: PublishedCount = { count: null, flag: 'hidden' };

/** Rule 1 on one count. */
export function suppressCount(count: number): PublishedCount {
  return count > 0 && count < SMALL_COUNT_LIMIT ? small : shown(count);
}

/** How a published count reads: the number, "<5" or "×". */
export function publishedText(value: PublishedCount): string {
  if (value.flag === 'small') return `<${SMALL_COUNT_LIMIT}`;
  if (value.flag === 'hidden') return '×';
  return String(value.count ?? 0);
}

/**
 * Whether any withheld row of a breakdown can be worked out from the total: each withheld row lies in
 * [1, 4] (small) or [5, ∞) (hidden), and together they add up to `rest`. A row is exposed when its
 * bounds, narrowed by everybody else's, leave it one value.
 */
export function exposesWithheld(flags: readonly SuppressionFlag[], rest: number): boolean {
  const lo = flags.map((f) => (f === 'small' ? 1 : SMALL_COUNT_LIMIT));
  const hi = flags.map((f) => (f === 'small' ? SMALL_COUNT_LIMIT - 1 : Number.POSITIVE_INFINITY));
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  return flags.some((_, i) => {
    const lower = Math.max(lo[i]!, rest - (sumHi - hi[i]!));
    const upper = Math.min(hi[i]!, rest - (sumLo - lo[i]!));
    return lower >= upper;
  });
}

/** Hides the smallest shown non-zero row; false when there is none left. */
function hideSmallestShown(counts: readonly number[], cells: PublishedCount[]): boolean {
  let best = -1;
  cells.forEach((cell, i) => {
    if (cell.flag === null && counts[i]! > 0 && (best < 0 || counts[i]! < counts[best]!)) best = i;
  });
  if (best < 0) return false;
  cells[best] = hidden;
  return true;
}

/** Rules 1 and 2 on one breakdown with its total shown; null when only hiding the total would do. */
function protectWithTotal(counts: readonly number[], total: number): PublishedCount[] | null {
  const cells = counts.map(suppressCount);
  for (;;) {
    const withheld = cells.flatMap((cell, i) => (cell.flag ? [{ flag: cell.flag, i }] : []));
    if (withheld.length === 0) return cells;
    const shownSum = cells.reduce((sum, cell) => sum + (cell.flag ? 0 : cell.count!), 0);
    if (
      !exposesWithheld(
        withheld.map((w) => w.flag),
        total - shownSum,
      )
    )
      return cells;
    if (!hideSmallestShown(counts, cells)) return null;
  }
}

/** Rule 3: with the total hidden, a breakdown must not add up to it, so something is withheld. */
function protectWithoutTotal(counts: readonly number[]): PublishedCount[] {
  const cells = counts.map(suppressCount);
  if (!cells.some((cell) => cell.flag)) hideSmallestShown(counts, cells);
  return cells;
}

/**
 * Applies the suppression rules to one measure: its total and every breakdown whose rows add up to
 * that total. Pure; the same input always gives the same output.
 */
export function suppressMeasure(total: number, breakdowns: readonly (readonly number[])[]): PublishedMeasure {
  if (total > 0 && total < SMALL_COUNT_LIMIT)
    return { total: small, breakdowns: breakdowns.map((counts) => counts.map(suppressCount)) };
  const protectedRows = breakdowns.map((counts) => protectWithTotal(counts, total));
  if (protectedRows.every((cells) => cells !== null))
    return { total: shown(total), breakdowns: protectedRows as PublishedCount[][] };
  return { total: hidden, breakdowns: breakdowns.map(protectWithoutTotal) };
}
