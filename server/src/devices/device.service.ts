import { problem, type RegisterDeviceBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { actorFor } from '../auth/auth.service.js';
import { centreOf, hasRole } from '../auth/policy.js';
import { newToken, tokenId } from '../auth/tokens.js';
import { audit } from '../audit/audit.service.js';
import { releaseDeviceBlocks } from '../application-numbers/application-number.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { latestReports, type DeviceReportRow } from './device-report.repository.js';
import {
  findByCredential,
  findDevice,
  insertDevice,
  listDevices,
  listLiveDeviceIds,
  replaceCredential,
  revokeDevice,
  touchDevice,
  type DeviceRow,
} from './device.repository.js';

export interface RegisteredDeviceRow {
  device: DeviceRow;
  credential: string;
}

/**
 * Registers the signed-in person's browser as a field device and answers its credential, shown this
 * once. Only a password session may do it, so a stolen device credential cannot mint more. The same
 * person registering the same device id again (the first answer was lost) gets a new credential;
 * a device id of someone else, or of a revoked device, is refused — the app then makes a new id.
 */
export async function registerDevice(
  db: Db,
  actor: Actor,
  body: RegisterDeviceBody,
  days: number,
): Promise<RegisteredDeviceRow> {
  if (!actor.sessionId) throw problem('device.session_required');
  const centreId = centreOf(actor);
  const credential = newToken();
  const credentialHash = tokenId(credential);
  return inTransaction(db, async (tx) => {
    const existing = await findDevice(tx, body.id);
    if (existing) {
      if (existing.personId !== actor.personId || existing.revokedAt) throw problem('device.id_taken');
      await replaceCredential(tx, body.id, { label: body.label, credentialHash, days });
      await audit(tx, actor, 'device.reregistered', { type: 'device', id: body.id, centreId });
    } else {
      try {
        await insertDevice(tx, {
          id: body.id,
          personId: actor.personId,
          centreId,
          label: body.label,
          credentialHash,
          days,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'devices_pkey')) throw problem('device.id_taken');
        throw error;
      }
      await audit(tx, actor, 'device.registered', { type: 'device', id: body.id, centreId });
    }
    const device = await findDevice(tx, body.id);
    if (!device) throw problem('not_found');
    return { device, credential };
  });
}

/**
 * The person acting through a device credential, on that device — or null when the credential is
 * unknown, revoked or expired, or its person was deactivated or moved. Each contact (at most once a
 * minute) extends the credential by `days`.
 */
export async function resolveDeviceCredential(
  db: Db,
  credential: string,
  days: number,
): Promise<Actor | null> {
  const device = await findByCredential(db, tokenId(credential));
  if (!device || !device.usable) return null;
  if (Date.now() - device.lastSeenAt.getTime() > 60_000) await touchDevice(db, device.id, days);
  return actorFor(db, device.personId, null, device.id);
}

/** The devices the actor may see: the whole centre's for a head, one's own for everybody else. */
export async function listVisibleDevices(
  db: Db,
  actor: Actor,
): Promise<{ devices: DeviceRow[]; reports: Map<string, DeviceReportRow> }> {
  const centreId = centreOf(actor);
  const devices = await listDevices(db, centreId, hasRole(actor, 'head') ? undefined : actor.personId);
  return {
    devices,
    reports: await latestReports(
      db,
      devices.map((d) => d.id),
    ),
  };
}

/** A head revokes a device of the centre: its credential stops working and its numbers are released. */
export async function revokeCentreDevice(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ device: DeviceRow; report: DeviceReportRow | undefined }> {
  const device = await inTransaction(db, async (tx) => {
    const device = await findDevice(tx, id);
    if (!device || device.centreId !== actor.centreId) throw problem('not_found');
    centreOf(actor, 'head');
    await revoke(tx, actor, device.id, device.centreId);
    const fresh = await findDevice(tx, id);
    if (!fresh) throw problem('not_found');
    return fresh;
  });
  return { device, report: (await latestReports(db, [id])).get(id) };
}

/** Revokes every device of a person (deactivation), in the caller's transaction. */
export async function revokePersonDevices(
  tx: Db,
  actor: Actor,
  personId: string,
  centreId: string | null,
): Promise<void> {
  for (const id of await listLiveDeviceIds(tx, personId)) await revoke(tx, actor, id, centreId);
}

async function revoke(tx: Db, actor: Actor, deviceId: string, centreId: string | null): Promise<void> {
  if (!(await revokeDevice(tx, deviceId, actor.personId))) return;
  await releaseDeviceBlocks(tx, actor, deviceId);
  await audit(tx, actor, 'device.revoked', { type: 'device', id: deviceId, centreId });
}
