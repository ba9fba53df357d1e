import { sql } from 'kysely';
import { civilDateIn, formatDate, problem, uuidv7, wallClockAt } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { isExclusionViolation } from '../db/errors.js';

/** What a visit or an outreach session occupies: people (with their role) and a kit, for a time. */
export interface Occupancy {
  centreId: string;
  owner: { visitId: string } | { sessionId: string };
  people: readonly { personId: string; role: 'crew' | 'escort' | 'witness' | 'partner' }[];
  kitId: string;
  startsAt: Date;
  endsAt: Date;
}

/** The text form of a half-open `tstzrange`: back-to-back visits touch but do not overlap. */
export function rangeOf(startsAt: Date, endsAt: Date): string {
  return `[${startsAt.toISOString()},${endsAt.toISOString()})`;
}

function ownerColumns(owner: Occupancy['owner']) {
  return 'visitId' in owner
    ? { visit_id: owner.visitId, session_id: null }
    : { visit_id: null, session_id: owner.sessionId };
}

/**
 * Books the people and the kit. The exclusion constraints decide — also between two planners
 * saving at the same moment — and a refusal becomes a catalogued error that names who or what is
 * taken and when. The savepoint keeps the transaction usable to look the conflict up.
 */
export async function book(tx: Db, occupancy: Occupancy): Promise<void> {
  const during = rangeOf(occupancy.startsAt, occupancy.endsAt);
  const owner = ownerColumns(occupancy.owner);
  await sql`SAVEPOINT booking`.execute(tx);
  try {
    if (occupancy.people.length > 0)
      await tx
        .insertInto('staff_bookings')
        .values(
          occupancy.people.map((p) => ({
            id: uuidv7(),
            centre_id: occupancy.centreId,
            person_id: p.personId,
            role: p.role,
            during,
            ...owner,
          })),
        )
        .execute();
    await tx
      .insertInto('kit_bookings')
      .values({ id: uuidv7(), centre_id: occupancy.centreId, kit_id: occupancy.kitId, during, ...owner })
      .execute();
    await sql`RELEASE SAVEPOINT booking`.execute(tx);
  } catch (error) {
    if (!isExclusionViolation(error)) throw error;
    await sql`ROLLBACK TO SAVEPOINT booking`.execute(tx);
    throw await describeConflict(tx, occupancy, during);
  }
}

function timesOf(range: { lower: Date; upper: Date }) {
  const clock = (d: Date) => {
    const c = wallClockAt(d);
    return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
  };
  return { date: formatDate(civilDateIn(range.lower)), from: clock(range.lower), to: clock(range.upper) };
}

async function describeConflict(tx: Db, occupancy: Occupancy, during: string) {
  const ids = occupancy.people.map((p) => p.personId);
  const person =
    ids.length > 0
      ? await tx
          .selectFrom('staff_bookings as b')
          .innerJoin('persons as p', 'p.id', 'b.person_id')
          .select([
            'p.id',
            'p.name',
            sql<Date>`lower(b.during)`.as('lower'),
            sql<Date>`upper(b.during)`.as('upper'),
          ])
          .where('b.person_id', 'in', ids)
          .where('b.released', '=', false)
          .where(sql<boolean>`b.during && ${during}::tstzrange`)
          .orderBy('b.during')
          .executeTakeFirst()
      : undefined;
  if (person)
    return problem('visit.overlap_person', {
      params: { name: person.name, ...timesOf(person) },
      details: [{ path: 'staffIds', code: 'overlap', message: person.id }],
    });
  const kit = await tx
    .selectFrom('kit_bookings as b')
    .innerJoin('kits as k', 'k.id', 'b.kit_id')
    .select([
      'k.id',
      'k.code',
      sql<Date>`lower(b.during)`.as('lower'),
      sql<Date>`upper(b.during)`.as('upper'),
    ])
    .where('b.kit_id', '=', occupancy.kitId)
    .where('b.released', '=', false)
    .where(sql<boolean>`b.during && ${during}::tstzrange`)
    .executeTakeFirst();
  return problem('visit.overlap_kit', {
    params: { kit: kit?.code ?? '', ...(kit ? timesOf(kit) : { date: '', from: '', to: '' }) },
    details: [{ path: 'kitId', code: 'overlap', message: occupancy.kitId }],
  });
}

/** Frees what a cancelled visit or session held; the rows stay for the record. */
export async function releaseBookings(tx: Db, owner: Occupancy['owner']): Promise<void> {
  for (const table of ['staff_bookings', 'kit_bookings'] as const) {
    const query = tx.updateTable(table).set({ released: true });
    await (
      'visitId' in owner
        ? query.where('visit_id', '=', owner.visitId)
        : query.where('session_id', '=', owner.sessionId)
    ).execute();
  }
}

/** Removes the bookings of a visit or session about to be booked anew (moved or re-crewed). */
export async function dropBookings(tx: Db, owner: Occupancy['owner']): Promise<void> {
  for (const table of ['staff_bookings', 'kit_bookings'] as const) {
    const query = tx.deleteFrom(table);
    await (
      'visitId' in owner
        ? query.where('visit_id', '=', owner.visitId)
        : query.where('session_id', '=', owner.sessionId)
    ).execute();
  }
}

/** The crew of visits or sessions: owner id → person ids (crew role only), in booking order. */
export async function crewOf(tx: Db, owners: { visitIds?: string[]; sessionIds?: string[] }) {
  const crew = new Map<string, string[]>();
  const add = (owner: string | null, person: string) => {
    if (owner) crew.set(owner, [...(crew.get(owner) ?? []), person]);
  };
  if (owners.visitIds?.length) {
    const rows = await tx
      .selectFrom('staff_bookings')
      .select(['visit_id', 'person_id'])
      .where('visit_id', 'in', owners.visitIds)
      .where('role', '=', 'crew')
      .orderBy('id')
      .execute();
    for (const r of rows) add(r.visit_id, r.person_id);
  }
  if (owners.sessionIds?.length) {
    const rows = await tx
      .selectFrom('staff_bookings')
      .select(['session_id', 'person_id'])
      .where('session_id', 'in', owners.sessionIds)
      .where('role', '=', 'crew')
      .orderBy('id')
      .execute();
    for (const r of rows) add(r.session_id, r.person_id);
  }
  return crew;
}
