import type { AttachmentDeclaration, AttachmentMediaType } from '@valiza/domain';
import type { Db } from '../db/database.js';

/** Records the files a record declares; a file it already declared is left as recorded. */
export async function insertManifest(
  db: Db,
  owner: { type: string; id: string },
  entries: readonly AttachmentDeclaration[],
  by: { centreId: string; deviceId: string | null },
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('attachment_manifest')
    .values(
      entries.map((e) => ({
        owner_type: owner.type,
        owner_id: owner.id,
        attachment_id: e.id,
        sha256: e.sha256,
        size: e.size,
        media_type: e.mediaType,
        centre_id: by.centreId,
        device_id: by.deviceId,
      })),
    )
    // The same record declared again (its registration resent under another command id, with the
    // same content) declares the same files: nothing new to record.
    .onConflict((oc) => oc.columns(['owner_type', 'owner_id', 'attachment_id']).doNothing())
    .execute();
}

/** Declared files with no received attachment of the same id, digest and size, in that centre. */
function missing(db: Db) {
  return db
    .selectFrom('attachment_manifest as m')
    .leftJoin('attachments as a', (join) =>
      join
        .onRef('a.id', '=', 'm.attachment_id')
        .onRef('a.sha256', '=', 'm.sha256')
        .onRef('a.size', '=', 'm.size')
        .onRef('a.centre_id', '=', 'm.centre_id'),
    )
    .where('a.id', 'is', null)
    .select(['m.attachment_id as id', 'm.sha256', 'm.size', 'm.media_type as mediaType'])
    .$narrowType<{ mediaType: AttachmentMediaType }>();
}

/** The declared files of one record that have not arrived. */
export async function listMissingForOwner(
  db: Db,
  ownerType: string,
  ownerId: string,
): Promise<AttachmentDeclaration[]> {
  return missing(db)
    .where('m.owner_type', '=', ownerType)
    .where('m.owner_id', '=', ownerId)
    .orderBy('m.attachment_id')
    .execute();
}

/** The files a device declared, in any command, that have not arrived. */
export async function listMissingForDevice(db: Db, deviceId: string): Promise<AttachmentDeclaration[]> {
  return missing(db).where('m.device_id', '=', deviceId).distinct().orderBy('m.attachment_id').execute();
}
