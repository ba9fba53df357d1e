import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';

/** A centre's public indicators, serialised once: the body every visitor gets and its ETag. */
export interface CachedIndicators {
  centreId: string;
  body: string;
  etag: string;
}

/**
 * How long computed public figures are kept. Publishing through this server clears them at once;
 * the time limit only bounds how long a change made elsewhere (another server process on the same
 * PostgreSQL, the centre's address edited in settings) takes to show.
 */
export const INDICATORS_TTL_MS = 60_000;

interface Entry {
  value: Promise<CachedIndicators>;
  expires: number;
  centreId?: string;
}

/** A strong ETag of a body: its SHA-256, shortened. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Public indicators per centre address (slug), kept for `ttlMs`. Visitors asking at the same time
 * share one computation; a failed one (an unknown address) is not kept. `forget` drops a centre's
 * figures, and any still being computed, so that the next visitor sees what was just published.
 */
export class IndicatorsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = INDICATORS_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached figures of `slug`, or those `load` computes (and the cache keeps). */
  get(slug: string, load: () => Promise<CachedIndicators>): Promise<CachedIndicators> {
    const hit = this.entries.get(slug);
    if (hit && hit.expires > this.now()) return hit.value;
    const entry: Entry = { value: load(), expires: this.now() + this.ttlMs };
    this.entries.set(slug, entry);
    entry.value.then(
      (value) => {
        entry.centreId = value.centreId;
      },
      () => {
        if (this.entries.get(slug) === entry) this.entries.delete(slug);
      },
    );
    return entry.value;
  }

  /** Drops the figures of a centre, and every computation not yet finished (its centre is unknown). */
  forget(centreId: string): void {
    for (const [slug, entry] of this.entries)
      if (entry.centreId === undefined || entry.centreId === centreId) this.entries.delete(slug);
  }
}

const caches = new WeakMap<Db, IndicatorsCache>();

/** The cache of one database (each open database has its own figures). */
export function indicatorsCacheOf(db: Db): IndicatorsCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new IndicatorsCache();
    caches.set(db, cache);
  }
  return cache;
}
