import { describe, expect, it } from 'vitest';
import { en } from './en/index';
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
      if (file.endsWith('index.ts')) continue;
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
});
