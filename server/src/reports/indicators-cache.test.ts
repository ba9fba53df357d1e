import { describe, expect, it } from 'vitest';
import { etagOf, IndicatorsCache, type CachedIndicators } from './indicators-cache.js';

const figures = (centreId: string, body: string): CachedIndicators => ({
  centreId,
  body,
  etag: etagOf(body),
});

describe('IndicatorsCache', () => {
  it('keeps figures for the time limit, then computes them again', async () => {
    let now = 1_000;
    const cache = new IndicatorsCache(60_000, () => now);
    let loads = 0;
    const load = async () => figures('c1', `v${++loads}`);
    expect((await cache.get('a', load)).body).toBe('v1');
    now += 59_999;
    expect((await cache.get('a', load)).body).toBe('v1');
    now += 1;
    expect((await cache.get('a', load)).body).toBe('v2');
  });

  it('lets visitors arriving together share one computation', async () => {
    const cache = new IndicatorsCache();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return figures('c1', 'x');
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('a', load)));
    expect(loads).toBe(1);
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
  });

  it('does not keep a failure, and forgets a centre (and what is still being computed) on publication', async () => {
    const cache = new IndicatorsCache();
    await expect(cache.get('nobody', () => Promise.reject(new Error('unknown')))).rejects.toThrow('unknown');
    expect((await cache.get('nobody', async () => figures('c9', 'now known'))).body).toBe('now known');

    await cache.get('a', async () => figures('c1', 'old a'));
    await cache.get('b', async () => figures('c2', 'old b'));
    let release!: () => void;
    const pending = cache.get(
      'c',
      () => new Promise<CachedIndicators>((resolve) => (release = () => resolve(figures('c3', 'old c')))),
    );
    cache.forget('c1');
    release();
    await pending;
    expect((await cache.get('a', async () => figures('c1', 'new a'))).body).toBe('new a');
    expect((await cache.get('b', async () => figures('c2', 'new b'))).body).toBe('old b');
    // Computed before the publication finished: not trusted afterwards.
    expect((await cache.get('c', async () => figures('c3', 'new c'))).body).toBe('new c');
  });

  it('gives the same body the same strong ETag and another body another', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});
