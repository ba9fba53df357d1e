import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { uuidv7, type PullResponse } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { newToken, tokenId } from '../auth/tokens.js';
import type { Db } from '../db/database.js';
import { insertDevice } from '../devices/device.repository.js';
import { awaitChangeHorizon } from './change-log-horizon.js';
import { signIn } from './test-app.js';

/**
 * A field device in tests: the person signs in with a password, registers the device, and from then
 * on every request carries only `Authorization: Device <credential>` — no cookie, no CSRF header —
 * as the field app sends it.
 */
export interface DeviceClient {
  readonly deviceId: string;
  readonly credential: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

/** Signs a person in and registers a device for them, as the field app does on first start. */
export async function registerDevice(
  app: FastifyInstance,
  person: { login: string; password: string },
  options: { deviceId?: string; label?: string } = {},
): Promise<DeviceClient> {
  const session = await signIn(app, person.login, person.password);
  const deviceId = options.deviceId ?? uuidv7();
  const response = await session.post('/api/v1/devices', {
    id: deviceId,
    label: options.label ?? 'Chromium, Linux',
  });
  if (response.statusCode !== 201)
    throw new Error(`Registration failed: ${response.statusCode} ${response.body}`);
  return deviceClient(app, deviceId, response.json().credential as string);
}

/** A client that authenticates with a device credential only. */
export function deviceClient(app: FastifyInstance, deviceId: string, credential: string): DeviceClient {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { authorization: `Device ${credential}`, ...(options.headers ?? {}) },
    });
  return {
    deviceId,
    credential,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
  };
}

/** A registered device of a person, made straight in the database, with the person acting on it. */
export async function makeDevice(
  db: Db,
  person: { actor: Actor },
): Promise<{ id: string; centreId: string; actor: Actor }> {
  const id = uuidv7();
  const centreId = person.actor.centreId;
  if (!centreId) throw new Error('A device belongs to a person of a centre.');
  await insertDevice(db, {
    id,
    personId: person.actor.personId,
    centreId,
    label: 'test device',
    credentialHash: tokenId(newToken()),
    days: 14,
  });
  return { id, centreId, actor: { ...person.actor, deviceId: id } };
}

/**
 * The device's pull since `checkpoint` (from the start without one). With `db`, it first waits until
 * every transaction begun so far has ended, so the answer holds every change committed before it.
 */
export async function pullAs(device: DeviceClient, checkpoint?: string, db?: Db): Promise<PullResponse> {
  if (db) await awaitChangeHorizon(db);
  const response = await device.get(`/api/v1/sync/pull${checkpoint ? `?checkpoint=${checkpoint}` : ''}`);
  if (response.statusCode !== 200) throw new Error(`Pull failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
