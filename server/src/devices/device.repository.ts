import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface DeviceRow {
  id: string;
  personId: string;
  personName: string;
  centreId: string;
  label: string;
  registeredAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

function selectDevices(db: Db) {
  return db
    .selectFrom('devices as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .select([
      'd.id',
      'd.person_id as personId',
      'p.name as personName',
      'd.centre_id as centreId',
      'd.label',
      'd.registered_at as registeredAt',
      'd.last_seen_at as lastSeenAt',
      'd.expires_at as expiresAt',
      'd.revoked_at as revokedAt',
    ]);
}

/** A device with its person, or undefined. */
export async function findDevice(db: Db, id: string): Promise<DeviceRow | undefined> {
  return selectDevices(db).where('d.id', '=', id).executeTakeFirst();
}

/** The devices of a centre, or of one person in it, newest first. */
export async function listDevices(db: Db, centreId: string, personId?: string): Promise<DeviceRow[]> {
  let query = selectDevices(db).where('d.centre_id', '=', centreId);
  if (personId) query = query.where('d.person_id', '=', personId);
  return query.orderBy('d.registered_at', 'desc').execute();
}

/** Registers a device whose credential expires `days` from now. */
export async function insertDevice(
  db: Db,
  row: {
    id: string;
    personId: string;
    centreId: string;
    label: string;
    credentialHash: string;
    days: number;
  },
): Promise<void> {
  await db
    .insertInto('devices')
    .values({
      id: row.id,
      person_id: row.personId,
      centre_id: row.centreId,
      label: row.label,
      credential_hash: row.credentialHash,
      expires_at: sql<Date>`now() + make_interval(days => ${row.days})`,
    })
    .execute();
}

/** Gives a device a new credential (the old one stops working) and a fresh expiry. */
export async function replaceCredential(
  db: Db,
  id: string,
  change: { label: string; credentialHash: string; days: number },
): Promise<void> {
  await db
    .updateTable('devices')
    .set({
      label: change.label,
      credential_hash: change.credentialHash,
      last_seen_at: sql`now()`,
      expires_at: sql`now() + make_interval(days => ${change.days})`,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * The device a credential belongs to, with what decides whether it may still act: revocation,
 * expiry, whether its person is active and still in the device's centre.
 */
export async function findByCredential(db: Db, credentialHash: string) {
  return db
    .selectFrom('devices as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .select([
      'd.id',
      'd.person_id as personId',
      'd.centre_id as centreId',
      'd.last_seen_at as lastSeenAt',
      sql<boolean>`d.revoked_at IS NULL AND d.expires_at > now() AND p.active AND p.centre_id = d.centre_id`.as(
        'usable',
      ),
    ])
    .where('d.credential_hash', '=', credentialHash)
    .executeTakeFirst();
}

/** Records a contact and moves the expiry to `days` from now: every contact extends the credential. */
export async function touchDevice(db: Db, id: string, days: number): Promise<void> {
  await db
    .updateTable('devices')
    .set({ last_seen_at: sql`now()`, expires_at: sql`now() + make_interval(days => ${days})` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes a device; answers whether it was live before. */
export async function revokeDevice(db: Db, id: string, by: string | null): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({ revoked_at: sql`now()`, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The ids of a person's devices that are not revoked yet. */
export async function listLiveDeviceIds(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('devices')
    .select('id')
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
