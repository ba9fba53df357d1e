// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionFor, backoffMs } from './ack-rules';

const error = { code: 'sync.id_conflict', message: 'інший зміст', details: [] };

describe('what the outbox does with an answer', () => {
  it('removes a command only when it was acknowledged', () => {
    expect(actionFor({ id: 'a', status: 'applied', result: {} })).toEqual({
      kind: 'remove',
      status: 'applied',
    });
    expect(actionFor({ id: 'a', status: 'duplicate', result: {} })).toEqual({
      kind: 'remove',
      status: 'duplicate',
    });
  });

  it('keeps refused commands for a person, a 409 conflict included', () => {
    expect(actionFor({ id: 'a', status: 'rejected', error })).toEqual({
      kind: 'needs_person',
      error: { code: 'sync.id_conflict', message: 'інший зміст' },
    });
    expect(
      actionFor({ id: 'a', status: 'invalid', error: { ...error, code: 'validation.failed' } }).kind,
    ).toBe('needs_person');
  });

  it('keeps temporary failures for a resend after a growing, bounded backoff', () => {
    expect(actionFor({ id: 'a', status: 'error', error: { ...error, code: 'sync.temporary' } }).kind).toBe(
      'retry',
    );
    expect(backoffMs(1, 0)).toBe(5_000);
    expect(backoffMs(2, 0)).toBe(10_000);
    expect(backoffMs(30, 0)).toBe(600_000);
    expect(backoffMs(1, 0.999)).toBeLessThanOrEqual(6_000);
  });
});
