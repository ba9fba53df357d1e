import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERRORS } from './catalogue.js';
import { problem, problemMessage } from './problem.js';
import { issuesToDetails } from './validation-messages.js';

describe('error catalogue', () => {
  it('has a dotted or plain snake_case code, an HTTP error status and both languages for every entry', () => {
    for (const [code, entry] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^[a-z_]+(\.[a-z_]+)*$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.uk.length).toBeGreaterThan(3);
      expect(entry.en.length).toBeGreaterThan(3);
      expect(entry.uk).not.toBe(entry.en);
    }
  });

  it('builds problems with the catalogue status and a filled message', () => {
    const p = problem('auth.locked', { params: { minutes: 15 }, retryAfterSeconds: 900 });
    expect(p.status).toBe(429);
    expect(problemMessage(p.code, 'uk', p.params)).toContain('15 хв');
    expect(problemMessage(p.code, 'en', p.params)).toContain('15 min');
  });
});

describe('validation details', () => {
  const Schema = z.strictObject({
    name: z.string().min(1).max(5),
    age: z.number().int().max(150),
    tags: z.array(z.string()).max(1),
  });

  it('name every field with a plain message', () => {
    const result = Schema.safeParse(
      { name: '', age: 'x', tags: ['a', 'b'], extra: 1, more: 2 },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    const details = issuesToDetails(result.error!.issues, 'uk');
    expect(details).toEqual([
      { path: 'name', code: 'too_small', message: 'Обов’язкове поле.' },
      { path: 'age', code: 'invalid_type', message: 'Неправильний тип значення.' },
      { path: 'tags', code: 'too_big', message: 'Забагато елементів (щонайбільше 1).' },
      { path: 'extra', code: 'unrecognized_keys', message: 'Невідоме поле.' },
      { path: 'more', code: 'unrecognized_keys', message: 'Невідоме поле.' },
    ]);
    expect(issuesToDetails(result.error!.issues, 'en', 'body')[0]).toEqual({
      path: 'body.name',
      code: 'too_small',
      message: 'Required.',
    });
  });
});
