import { sql } from 'kysely';
import type { Role } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface PersonRow {
  id: string;
  centreId: string | null;
  regionId: string | null;
  name: string;
  login: string;
  phone: string | null;
  email: string | null;
  locale: string;
  active: boolean;
  createdAt: Date;
  roles: Role[];
}

const rolesOf = sql<
  Role[]
>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM person_roles r WHERE r.person_id = p.id), '{}')`;

function selectPersons(db: Db) {
  return db
    .selectFrom('persons as p')
    .select([
      'p.id',
      'p.centre_id as centreId',
      'p.region_id as regionId',
      'p.name',
      'p.login',
      'p.phone',
      'p.email',
      'p.locale',
      'p.active',
      'p.created_at as createdAt',
      rolesOf.as('roles'),
    ]);
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return selectPersons(db).where('p.id', '=', id).executeTakeFirst();
}

/** The person and their password hash, for sign-in only. */
export async function findCredentials(
  db: Db,
  login: string,
): Promise<{ id: string; passwordHash: string; active: boolean } | undefined> {
  return db
    .selectFrom('persons')
    .select(['id', 'password_hash as passwordHash', 'active'])
    .where('login', '=', login)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('persons').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash;
}

export async function listCentreStaff(db: Db, centreId: string): Promise<PersonRow[]> {
  return selectPersons(db).where('p.centre_id', '=', centreId).orderBy('p.name').execute();
}

export async function insertPerson(
  db: Db,
  person: {
    id: string;
    centreId: string | null;
    regionId: string | null;
    name: string;
    login: string;
    passwordHash: string;
    phone?: string | null;
    email?: string | null;
  },
  roles: readonly Role[],
): Promise<void> {
  await db
    .insertInto('persons')
    .values({
      id: person.id,
      centre_id: person.centreId,
      region_id: person.regionId,
      name: person.name,
      login: person.login,
      password_hash: person.passwordHash,
      phone: person.phone ?? null,
      email: person.email ?? null,
      password_changed_at: new Date(),
    })
    .execute();
  await replaceRoles(db, person.id, roles);
}

export async function replaceRoles(db: Db, personId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('person_roles').where('person_id', '=', personId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('person_roles')
    .values([...new Set(roles)].map((role) => ({ person_id: personId, role })))
    .execute();
}

export async function updatePerson(
  db: Db,
  id: string,
  changes: { name?: string; phone?: string | null; email?: string | null; active?: boolean; locale?: string },
): Promise<void> {
  const set: Record<string, unknown> = { updated_at: sql`now()` };
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.phone !== undefined) set.phone = changes.phone;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.locale !== undefined) set.locale = changes.locale;
  if (changes.active !== undefined) {
    set.active = changes.active;
    set.deactivated_at = changes.active ? null : sql`now()`;
  }
  await db.updateTable('persons').set(set).where('id', '=', id).execute();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('persons')
    .set({ password_hash: passwordHash, password_changed_at: new Date(), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Active heads of a centre other than `exceptId`: a centre must never lose its last head. */
export async function countOtherActiveHeads(db: Db, centreId: string, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('persons as p')
    .innerJoin('person_roles as r', 'r.person_id', 'p.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.centre_id', '=', centreId)
    .where('p.active', '=', true)
    .where('r.role', '=', 'head')
    .where('p.id', '!=', exceptId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function loginExists(db: Db, login: string): Promise<boolean> {
  const row = await db.selectFrom('persons').select('id').where('login', '=', login).executeTakeFirst();
  return Boolean(row);
}
