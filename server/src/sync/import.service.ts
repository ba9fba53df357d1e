import {
  decryptUnsentWork,
  isLocale,
  isProblem,
  problem,
  problemMessage,
  type ImportedAttachment,
  type ImportResponse,
  type Locale,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findDevice, type DeviceRow } from '../devices/device.repository.js';
import { storeAttachmentBytes } from '../files/attachment.service.js';
import { findPerson } from '../org/person.repository.js';
import type { DeviceActor } from './command-handler.js';
import { pushCommands } from './push.service.js';

/** Refuses, before a large file is read, anyone who may not import: a head or an administrator may. */
export function assertMayImport(actor: Actor): void {
  centreOf(actor, 'head', 'administrator');
}

/**
 * Imports an export file of unsent work, the last resort when a device cannot sync: a head or an
 * administrator of the device's centre brings the file and its passphrase. The files are checked
 * and stored first, then the commands go through the very push pipeline a device uses, as the
 * device's person on that device — so importing twice, or importing work the device later sends
 * itself, doubles nothing: every command is applied once under its own id.
 */
export async function importUnsentWork(
  db: Db,
  importer: Actor,
  file: Uint8Array,
  passphrase: string,
  options: { filesDir: string; locale: Locale; onUnexpected?: (error: unknown) => void },
): Promise<ImportResponse> {
  const centreId = centreOf(importer, 'head', 'administrator');
  const { work } = await decryptUnsentWork(file, passphrase);
  const device = await findDevice(db, work.deviceId);
  if (!device || device.centreId !== centreId) throw problem('not_found');
  const actor = await fieldActor(db, device);
  const attachments: ImportedAttachment[] = [];
  for (const { bytes, ...declared } of work.attachments) {
    try {
      await storeAttachmentBytes(db, actor, options.filesDir, declared, bytes);
      attachments.push({ id: declared.id, status: 'stored' });
    } catch (error) {
      if (!isProblem(error)) throw error;
      attachments.push({
        id: declared.id,
        status: 'refused',
        error: { code: error.code, message: problemMessage(error.code, options.locale, error.params) },
      });
    }
  }
  const results = await pushCommands(db, actor, work.commands, options);
  await audit(
    db,
    importer,
    'sync.imported',
    { type: 'device', id: device.id, centreId },
    {
      commands: results.length,
      applied: results.filter((r) => r.status === 'applied').length,
      attachments: attachments.length,
    },
  );
  return { deviceId: device.id, attachments, results };
}

/**
 * The person who did the work, on the device it was done on. Deliberately also when the device was
 * revoked or the person has left since: the work happened while they were entitled to do it, and
 * this path exists precisely for devices that can no longer sync themselves.
 */
async function fieldActor(db: Db, device: DeviceRow): Promise<DeviceActor> {
  const person = await findPerson(db, device.personId);
  if (!person) throw problem('not_found');
  return {
    personId: person.id,
    name: person.name,
    login: person.login,
    roles: person.roles,
    centreId: device.centreId,
    regionId: person.regionId,
    deviceId: device.id,
    sessionId: null,
    locale: isLocale(person.locale) ? person.locale : 'uk',
  };
}
