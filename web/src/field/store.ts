import { z } from 'zod';
import {
  Centre,
  FieldDayPlan,
  Kit,
  Locality,
  OutreachPoint,
  PulledNumberBlock,
  type PullResponse,
} from '@valiza/domain';
import { fieldDb, readMeta, type RecordRow } from './local-db';
import { requireKey } from './session';
import { syncStatus, updateSyncStatus } from './sync-status';
import { seal, unseal } from './vault';

/**
 * The pulled data on the device, sealed at rest, read offline. Every entity the server pulls is kept
 * as the server presented it (its current state), under `entity` and `id`; readers check it against
 * the domain contract, so a record of an older shape is skipped rather than crashing a screen.
 * Throws `FieldLockedError` while the app is locked.
 */

/** All records of one pulled entity, checked against `schema`. */
export async function readEntities<T>(entity: string, schema: z.ZodType<T>): Promise<T[]> {
  const key = requireKey();
  const rows = await fieldDb().records.where('entity').equals(entity).toArray();
  const items: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(await unseal(key, row.sealed));
    if (parsed.success) items.push(parsed.data);
  }
  return items;
}

/** One record of a pulled entity, or null. */
export async function readEntity<T>(entity: string, id: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = await fieldDb().records.get(`${entity}:${id}`);
  if (!row) return null;
  const parsed = schema.safeParse(await unseal(requireKey(), row.sealed));
  return parsed.success ? parsed.data : null;
}

/** Typed readers of what the field app holds offline. */
export const fieldStore = {
  /** The person's approved day plans, today and the days ahead, by day. */
  plans: async () =>
    (await readEntities('approved_plan', FieldDayPlan)).sort((a, b) => a.day.localeCompare(b.day)),
  /** One approved day plan. */
  plan: (id: string) => readEntity('approved_plan', id, FieldDayPlan),
  /** The plan of a civil day (`YYYY-MM-DD`), or null. */
  planOfDay: async (day: string) => (await fieldStore.plans()).find((p) => p.day === day) ?? null,
  /** The device's centre (settings, working hours). */
  centre: async () => (await readEntities('centre', Centre))[0] ?? null,
  localities: () => readEntities('locality', Locality),
  outreachPoints: () => readEntities('outreach_point', OutreachPoint),
  kits: () => readEntities('kit', Kit),
  /** The logbook number blocks the device may number from, offline. */
  numberBlocks: async () =>
    z
      .array(PulledNumberBlock)
      .catch([])
      .parse((await readMeta('numberBlocks')) ?? []),
  /** Any other pulled entity by name (later areas: catalogue, applicants…). */
  entities: readEntities,
};

/**
 * Stores a pull answer: upserts and deletions, or — on `reset` — a full replacement of the pulled
 * data; then the number blocks, the installation's public address and the checkpoint. Sealing
 * happens first, then one transaction, so the checkpoint never moves past changes that were not
 * stored.
 */
export async function applyPull(response: PullResponse): Promise<void> {
  const key = requireKey();
  const upserts: RecordRow[] = [];
  const deletions: string[] = [];
  for (const change of response.changes) {
    const recordKey = `${change.entity}:${change.id}`;
    if (change.op === 'delete') deletions.push(recordKey);
    else
      upserts.push({
        key: recordKey,
        entity: change.entity,
        id: change.id,
        sealed: await seal(key, change.data),
      });
  }
  const missing = response.missingAttachments.map((a) => a.id);
  const db = fieldDb();
  await db.transaction('rw', db.records, db.meta, db.files, async () => {
    if (response.reset) await db.records.clear();
    await db.records.bulkDelete(deletions);
    await db.records.bulkPut(upserts);
    // The server says which declared files it still lacks: those are sent (again) if still here.
    for (const id of missing) await db.files.update(id, { uploaded: 0 });
    await db.meta.bulkPut([
      { key: 'numberBlocks', value: response.numberBlocks },
      { key: 'checkpoint', value: response.checkpoint },
      { key: 'publicUrl', value: response.device.publicUrl },
    ]);
  });
  updateSyncStatus({ dataVersion: syncStatus().dataVersion + 1 });
}

/** The checkpoint of the last stored pull, or undefined before the first one. */
export function storedCheckpoint(): Promise<string | undefined> {
  return readMeta<string>('checkpoint');
}
