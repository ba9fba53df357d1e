import { problem, type CrewMember } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { listCentreStaff } from '../org/person.repository.js';

/**
 * The active people of the centre with their roles, for the planning board: administrators to put on
 * a visit, any colleague to name as escort, witness or partner. Names only — no logins, no contacts —
 * so operators, who do not manage staff, can plan too.
 */
export async function planningCrew(db: Db, actor: Actor): Promise<CrewMember[]> {
  const centreId = centreOf(actor);
  if (!hasRole(actor, 'head', 'operator', 'technician')) throw problem('forbidden');
  const people = await listCentreStaff(db, centreId);
  return people.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name, roles: [...p.roles] }));
}
