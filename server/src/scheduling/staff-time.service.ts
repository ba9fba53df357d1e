import {
  uuidv7,
  type StaffAbsence,
  type StaffAbsenceBody,
  type StaffHours,
  type WorkingHours,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findPerson } from '../org/person.repository.js';
import { assertDayRange } from './day-range.js';
import {
  deleteAbsence,
  findAbsence,
  findStaffHours,
  insertAbsence,
  listAbsences,
  saveStaffHours,
} from './staff-time.repository.js';

async function ownStaff(db: Db, actor: Actor, personId: string): Promise<string> {
  const person = await findPerson(db, personId);
  assertSameCentre(actor, person?.centreId);
  return person!.centreId!;
}

/** A person's own weekly hours (null: the centre's hours); any colleague may read them. */
export async function getStaffHours(db: Db, actor: Actor, personId: string): Promise<StaffHours> {
  await ownStaff(db, actor, personId);
  return { personId, hours: await findStaffHours(db, personId) };
}

/** A head sets or clears a person's own hours. */
export async function setStaffHours(
  db: Db,
  actor: Actor,
  personId: string,
  hours: WorkingHours | null,
): Promise<StaffHours> {
  return inTransaction(db, async (tx) => {
    const centreId = await ownStaff(tx, actor, personId);
    assertRole(actor, 'head');
    await saveStaffHours(tx, centreId, personId, hours);
    await audit(tx, actor, 'staff.hours_set', { type: 'person', id: personId, centreId });
    return { personId, hours };
  });
}

/** Absences in a period, of one person or of all the centre's staff. */
export async function listStaffAbsences(
  db: Db,
  actor: Actor,
  query: { from: string; to: string; personId?: string | undefined },
): Promise<StaffAbsence[]> {
  const centreId = centreOf(actor);
  assertDayRange(query.from, query.to, 366);
  if (query.personId) await ownStaff(db, actor, query.personId);
  return (await listAbsences(db, centreId, query)).map(({ centreId: _c, ...absence }) => absence);
}

/** A head records leave, sickness or training; the kind is kept, the reason's details are not asked. */
export async function addStaffAbsence(db: Db, actor: Actor, body: StaffAbsenceBody): Promise<StaffAbsence> {
  return inTransaction(db, async (tx) => {
    const centreId = await ownStaff(tx, actor, body.personId);
    assertRole(actor, 'head');
    const row = { id: uuidv7(), centreId, ...body, note: body.note ?? null };
    await insertAbsence(tx, row, actor.personId);
    await audit(
      tx,
      actor,
      'staff.absence_added',
      { type: 'person', id: body.personId, centreId },
      { absenceId: row.id },
    );
    const { centreId: _c, ...absence } = row;
    return absence;
  });
}

export async function removeStaffAbsence(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const absence = await findAbsence(tx, id);
    assertSameCentre(actor, absence?.centreId);
    assertRole(actor, 'head');
    await deleteAbsence(tx, id);
    await audit(
      tx,
      actor,
      'staff.absence_removed',
      { type: 'person', id: absence!.personId, centreId: absence!.centreId },
      { absenceId: id },
    );
  });
}
