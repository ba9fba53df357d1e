import {
  problem,
  uuidv7,
  type CreateStaffBody,
  type ResetPasswordBody,
  type Role,
  type UpdateStaffBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { hasRole } from '../auth/policy.js';
import { revokePersonSessions } from '../auth/session.repository.js';
import { audit } from '../audit/audit.service.js';
import { revokePersonDevices } from '../devices/device.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { findCentre } from './centre.repository.js';
import {
  countOtherActiveHeads,
  findPerson,
  insertPerson,
  listCentreStaff,
  replaceRoles,
  setPasswordHash,
  updatePerson,
  type PersonRow,
} from './person.repository.js';

/**
 * Who manages whom: a head manages the staff of their own centre, a platform admin everybody.
 * A person of another centre is `not_found`; one's own centre without the head role is `forbidden`.
 */
function assertManages(actor: Actor, centreId: string | null): void {
  if (hasRole(actor, 'platform_admin')) return;
  if (!centreId || actor.centreId !== centreId) throw problem('not_found');
  if (!hasRole(actor, 'head')) throw problem('forbidden');
}

export async function listStaff(db: Db, actor: Actor, centreId: string): Promise<PersonRow[]> {
  assertManages(actor, centreId);
  if (!(await findCentre(db, centreId))) throw problem('not_found');
  return listCentreStaff(db, centreId);
}

export async function createStaff(
  db: Db,
  actor: Actor,
  centreId: string,
  body: CreateStaffBody,
): Promise<PersonRow> {
  assertManages(actor, centreId);
  if (!(await findCentre(db, centreId))) throw problem('not_found');
  const id = uuidv7();
  const passwordHash = await hashPassword(body.password);
  return inTransaction(db, async (tx) => {
    await insertStaffPerson(
      tx,
      {
        id,
        centreId,
        regionId: null,
        name: body.name,
        login: body.login,
        passwordHash,
        phone: body.phone,
        email: body.email,
      },
      body.roles,
    );
    await audit(tx, actor, 'staff.created', { type: 'person', id, centreId }, { roles: body.roles });
    return mustFind(tx, id);
  });
}

/** Inserts a person, turning a taken login into `org.login_taken`. */
export async function insertStaffPerson(
  db: Db,
  person: Parameters<typeof insertPerson>[1],
  roles: readonly Role[],
): Promise<void> {
  try {
    await insertPerson(db, person, roles);
  } catch (error) {
    if (isUniqueViolation(error, 'persons_login_key')) throw problem('org.login_taken');
    throw error;
  }
}

/**
 * Changes a staff member. Deactivation revokes the person's sessions in the same
 * transaction; their records stay. A centre never loses its last head.
 */
export async function updateStaff(
  db: Db,
  actor: Actor,
  personId: string,
  body: UpdateStaffBody,
): Promise<PersonRow> {
  return inTransaction(db, async (tx) => {
    const person = await findPerson(tx, personId);
    if (!person) throw problem('not_found');
    assertManages(actor, person.centreId);
    if (body.active === false && person.id === actor.personId) throw problem('org.self_deactivation');
    const losesHead =
      person.centreId &&
      person.roles.includes('head') &&
      (body.active === false || (body.roles !== undefined && !body.roles.includes('head')));
    if (losesHead && person.centreId && (await countOtherActiveHeads(tx, person.centreId, person.id)) === 0) {
      throw problem('org.last_head');
    }
    await updatePerson(tx, personId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    });
    if (body.roles) await replaceRoles(tx, personId, body.roles);
    if (body.active === false && person.active) {
      await revokePersonSessions(tx, personId);
      await revokePersonDevices(tx, actor, personId, person.centreId);
    }
    const action =
      body.active === false
        ? 'staff.deactivated'
        : body.active === true
          ? 'staff.reactivated'
          : 'staff.updated';
    await audit(
      tx,
      actor,
      action,
      { type: 'person', id: personId, centreId: person.centreId },
      {
        fields: Object.keys(body),
      },
    );
    return mustFind(tx, personId);
  });
}

/** A head or platform admin sets a new password; the person's sessions end. */
export async function resetPassword(
  db: Db,
  actor: Actor,
  personId: string,
  body: ResetPasswordBody,
): Promise<void> {
  const person = await findPerson(db, personId);
  if (!person) throw problem('not_found');
  assertManages(actor, person.centreId);
  const hash = await hashPassword(body.newPassword);
  await inTransaction(db, async (tx) => {
    await setPasswordHash(tx, personId, hash);
    await revokePersonSessions(tx, personId);
    await audit(tx, actor, 'staff.password_reset', {
      type: 'person',
      id: personId,
      centreId: person.centreId,
    });
  });
}

async function mustFind(db: Db, id: string): Promise<PersonRow> {
  const person = await findPerson(db, id);
  if (!person) throw problem('not_found');
  return person;
}
