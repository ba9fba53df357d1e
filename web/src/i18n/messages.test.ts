import { describe, expect, it } from 'vitest';
import { en } from './en/index';
import { ukCore } from './uk/core';
import { uk } from './uk/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has exactly the Ukrainian keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(uk).sort());
  });

  it('no key is defined twice across the area files', async () => {
    const areas = import.meta.glob<Record<string, Record<string, string>>>('./uk/*.ts', { eager: true });
    const seen = new Map<string, string>();
    for (const [file, module] of Object.entries(areas)) {
      if (/\/(index|core|office)\.ts$/.test(file)) continue; // the gatherings, not areas
      for (const key of Object.keys(Object.values(module)[0] ?? {})) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    expect(seen.size).toBe(Object.keys(uk).length);
  });

  it('every message is filled in and has the same placeholders in both languages', () => {
    for (const key of Object.keys(uk) as (keyof typeof uk)[]) {
      expect(uk[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(uk[key]));
    }
  });

  it('the field app names only messages of its first load (the office part is not there offline)', () => {
    const sources = import.meta.glob<string>(['../field/**/*.{ts,tsx}', '!../field/**/*.test.*'], {
      eager: true,
      query: '?raw',
      import: 'default',
    });
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    let named = 0;
    for (const [file, text] of Object.entries(sources))
      for (const [, key] of text.matchAll(/['`]([a-zA-Z]+\.[\w.]+)['`]/g))
        if (key && key in uk) {
          named += 1;
          expect(key in ukCore, `${key} in ${file}`).toBe(true);
        }
    expect(named).toBeGreaterThan(100);
  });
});
