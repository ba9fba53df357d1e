import { problem, type AttachmentDeclaration } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { insertManifest, listMissingForDevice, listMissingForOwner } from './manifest.repository.js';

/**
 * Records the files a record declares (its manifest), in the transaction that creates the record.
 * The files may have arrived before or may arrive later; the record counts as received only when
 * all of them are there. The same file listed twice is refused.
 */
export async function declareAttachments(
  tx: Db,
  owner: { type: string; id: string },
  declarations: readonly AttachmentDeclaration[],
  by: { centreId: string; deviceId: string | null },
): Promise<void> {
  if (new Set(declarations.map((d) => d.id)).size !== declarations.length)
    throw problem('validation.failed', { details: [{ path: 'attachments', code: 'duplicate' }] });
  await insertManifest(tx, owner, declarations, by);
}

/** The declared files of a record that have not arrived (with their declared digest and size). */
export async function missingAttachments(
  db: Db,
  ownerType: string,
  ownerId: string,
): Promise<AttachmentDeclaration[]> {
  return listMissingForOwner(db, ownerType, ownerId);
}

/** Whether every file a record declared has arrived: only then does the record count as received. */
export async function manifestComplete(db: Db, ownerType: string, ownerId: string): Promise<boolean> {
  return (await listMissingForOwner(db, ownerType, ownerId)).length === 0;
}

/** The files a device declared that the server still lacks: the device (re)sends exactly these. */
export async function missingForDevice(db: Db, deviceId: string): Promise<AttachmentDeclaration[]> {
  return listMissingForDevice(db, deviceId);
}
