import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7, uuidv7Time } from './uuidv7.js';

describe('uuidv7', () => {
  it('makes version-7 ids that carry their creation time', () => {
    const now = Date.UTC(2026, 10, 23, 10, 0, 0);
    const id = uuidv7(now);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUuid(id)).toBe(true);
    expect(uuidv7Time(id).getTime()).toBe(now);
  });

  it('keeps ids made in the same millisecond unique and in order', () => {
    const now = Date.now() + 10_000;
    const ids = Array.from({ length: 2000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses things that are not UUIDs', () => {
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
