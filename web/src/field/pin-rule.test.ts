// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { afterWrongPin, MAX_WRONG_PINS, mustWarnBeforeWipe } from './pin-rule';

describe('the wrong-PIN rule', () => {
  it('wipes at the fifth wrong PIN in a row and counts down before', () => {
    expect(MAX_WRONG_PINS).toBe(5);
    expect(afterWrongPin(0)).toEqual({ kind: 'retry', failures: 1, remaining: 4, lastAttempt: false });
    expect(afterWrongPin(3)).toEqual({ kind: 'retry', failures: 4, remaining: 1, lastAttempt: true });
    expect(afterWrongPin(4)).toEqual({ kind: 'wipe', failures: 5 });
  });

  it('warns before the last attempt only when unsent work would be lost', () => {
    expect(mustWarnBeforeWipe(4, 3)).toBe(true);
    expect(mustWarnBeforeWipe(4, 0)).toBe(false);
    expect(mustWarnBeforeWipe(3, 3)).toBe(false);
  });
});
