import { problem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/policy.js';
import type { DeviceActor } from './command-handler.js';

/** The actor of a request made with a device credential; `device.required` for any other. */
export function requireDeviceActor(actor: Actor | null): DeviceActor {
  const signedIn = requireActor(actor);
  if (!signedIn.deviceId || !signedIn.centreId) throw problem('device.required');
  return signedIn as DeviceActor;
}
