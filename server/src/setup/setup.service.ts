import { DEFAULT_WORKING_HOURS, problem, uuidv7, type SetupBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { actorFor } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { sameSecret } from '../auth/tokens.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { countCentres } from '../org/centre.repository.js';
import { insertNewCentre } from '../org/centre.service.js';
import { insertCommunity, insertRegion } from '../org/region.repository.js';
import { insertStaffPerson } from '../org/staff.service.js';
import type { SetupState } from './setup-state.js';

/** Whether the installation still waits for its first centre. */
export async function setupNeeded(db: Db): Promise<boolean> {
  return (await countCentres(db)) === 0;
}

/**
 * Creates the first region, community, centre and head — once, with the code from the console.
 * The count is checked again inside the transaction so that two setups at once cannot both pass.
 */
export async function runSetup(db: Db, state: SetupState, body: SetupBody): Promise<Actor> {
  if (!(await setupNeeded(db)) || !state.token) throw problem('setup.closed');
  if (!sameSecret(body.token, state.token)) throw problem('setup.invalid_token');
  const passwordHash = await hashPassword(body.head.password);
  const actor = await inTransaction(db, async (tx) => {
    if (!(await setupNeeded(tx))) throw problem('setup.closed');
    const regionId = uuidv7();
    const communityId = uuidv7();
    const centreId = uuidv7();
    const headId = uuidv7();
    await insertRegion(tx, { id: regionId, name: body.region.name, nameEn: null });
    await insertCommunity(tx, {
      id: communityId,
      regionId,
      name: body.community.name,
      katotth: body.community.katotth ?? null,
    });
    await insertNewCentre(tx, {
      id: centreId,
      communityId,
      ...body.centre,
      workingHours: DEFAULT_WORKING_HOURS,
    });
    await insertStaffPerson(
      tx,
      {
        id: headId,
        centreId,
        regionId: null,
        name: body.head.name,
        login: body.head.login.toLowerCase(),
        passwordHash,
      },
      ['head'],
    );
    const head = await actorFor(tx, headId, null);
    if (!head) throw problem('not_found');
    await audit(tx, head, 'setup.completed', { type: 'centre', id: centreId, centreId });
    return head;
  });
  state.token = null;
  return actor;
}
