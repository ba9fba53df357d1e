import type { IsoDate } from '@valiza/domain';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import { registerDevice } from './device-client.js';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from './factories.js';
import { makeEligibleRequest } from './scheduling-fixtures.js';
import { signIn, testApp } from './test-app.js';

/**
 * A centre whose administrator has a field device, an idle administrator with a device too, and a
 * home visit the head has placed (not yet approved) on `day` 10:00–11:00 for an eligible request.
 */
export async function plannedVisitForDevices(
  handle: DatabaseHandle,
  day: IsoDate,
  config: Partial<Config> = {},
) {
  const kam = await makeCentreWithStaff(handle.db);
  const idle = await makePerson(handle.db, { centreId: kam.centre.id }, ['administrator']);
  const app = await testApp(handle, { config });
  const device = await registerDevice(app, kam.administrator);
  const idleDevice = await registerDevice(app, idle);
  const head = await signIn(app, kam.head.login, TEST_PASSWORD);
  const { requestId } = await makeEligibleRequest(handle.db, kam.centre);
  const placed = await head.post('/api/v1/visits', {
    kind: 'home',
    requestId,
    day,
    startTime: '10:00',
    endTime: '11:00',
    staffIds: [kam.administrator.actor.personId],
    kitId: kam.centre.kitId,
  });
  if (placed.statusCode >= 300) throw new Error(`Placing the visit failed: ${placed.body}`);
  return { kam, idle, app, device, idleDevice, head, requestId, visit: placed.json() };
}
