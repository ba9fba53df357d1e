/**
 * The wrong-PIN rule. Each wrong PIN is counted on the device (the count survives reloads); the
 * `MAX_WRONG_PINS`-th wrong PIN in a row wipes the local data, so someone who took the laptop cannot
 * try PINs for ever. A correct PIN resets the count. Before the last attempt the app warns — and, when
 * unsent work exists, says what would be lost and offers to export it right after unlocking (the
 * export needs the data key, so it can only be made with the right PIN).
 */
export const MAX_WRONG_PINS = 5;

export type WrongPinVerdict =
  | { kind: 'retry'; failures: number; remaining: number; lastAttempt: boolean }
  | { kind: 'wipe'; failures: number };

/** What follows a wrong PIN, given the wrong PINs before it. */
export function afterWrongPin(previousFailures: number, max = MAX_WRONG_PINS): WrongPinVerdict {
  const failures = previousFailures + 1;
  if (failures >= max) return { kind: 'wipe', failures };
  const remaining = max - failures;
  return { kind: 'retry', failures, remaining, lastAttempt: remaining === 1 };
}

/** Whether the unlock screen must warn that the next wrong PIN erases unsent work. */
export function mustWarnBeforeWipe(failures: number, unsentItems: number, max = MAX_WRONG_PINS): boolean {
  return max - failures === 1 && unsentItems > 0;
}
