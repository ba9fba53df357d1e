import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { looksLike, problem, type AttachmentDeclaration } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { centreHasContent, findAttachment, insertAttachment } from './attachment.repository.js';
import { digestFile, isStored, moveIntoStore, writeIntoStore } from './file-store.js';

/**
 * What the server holds of a declared attachment before an upload starts: `complete` when the file
 * of this id has arrived — or when the centre already has exactly these bytes, which are then
 * recorded under this id without being sent again. The same id with other content is refused.
 */
export async function attachmentState(
  db: Db,
  actor: Actor,
  filesDir: string,
  declared: AttachmentDeclaration,
): Promise<'complete' | 'absent'> {
  const centreId = centreOf(actor);
  const existing = await findAttachment(db, declared.id);
  if (existing) {
    const same =
      existing.centreId === centreId &&
      existing.sha256 === declared.sha256 &&
      existing.size === declared.size;
    if (!same) throw problem('files.id_conflict');
    return 'complete';
  }
  // Only the centre's own files count: another centre's would tell whether some document exists there.
  if (
    (await centreHasContent(db, centreId, declared.sha256, declared.size)) &&
    isStored(filesDir, declared.sha256)
  ) {
    await recordAttachment(db, actor, declared);
    return 'complete';
  }
  return 'absent';
}

/**
 * Accepts a file whose upload has finished: its SHA-256 and type must match what the device
 * declared, else it is deleted and refused (`files.checksum_mismatch`, `files.media_type`) so the
 * device sends it again. A good file moves into the content-addressed store and is recorded.
 */
export async function acceptUploadedFile(
  db: Db,
  actor: Actor,
  filesDir: string,
  path: string,
  declared: AttachmentDeclaration,
): Promise<void> {
  const { sha256, head } = await digestFile(path);
  if (sha256 !== declared.sha256) {
    await rm(path, { force: true });
    throw problem('files.checksum_mismatch');
  }
  if (!looksLike(declared.mediaType, head)) {
    await rm(path, { force: true });
    throw problem('files.media_type');
  }
  await moveIntoStore(filesDir, path, sha256);
  await recordAttachment(db, actor, declared);
}

/** Stores the bytes of an attachment that came another way (an export file), with the same checks. */
export async function storeAttachmentBytes(
  db: Db,
  actor: Actor,
  filesDir: string,
  declared: AttachmentDeclaration,
  bytes: Uint8Array,
): Promise<void> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== declared.sha256 || bytes.length !== declared.size) throw problem('files.checksum_mismatch');
  if (!looksLike(declared.mediaType, bytes.subarray(0, 16))) throw problem('files.media_type');
  if ((await attachmentState(db, actor, filesDir, declared)) === 'complete') return;
  await writeIntoStore(filesDir, bytes, sha256);
  await recordAttachment(db, actor, declared);
}

async function recordAttachment(db: Db, actor: Actor, declared: AttachmentDeclaration): Promise<void> {
  const centreId = centreOf(actor);
  await inTransaction(db, async (tx) => {
    const inserted = await insertAttachment(tx, {
      id: declared.id,
      sha256: declared.sha256,
      size: declared.size,
      mediaType: declared.mediaType,
      centreId,
      personId: actor.personId,
      deviceId: actor.deviceId,
    });
    if (!inserted) {
      const existing = await findAttachment(tx, declared.id);
      if (existing?.centreId !== centreId || existing.sha256 !== declared.sha256)
        throw problem('files.id_conflict');
      return;
    }
    await audit(
      tx,
      actor,
      'attachment.received',
      { type: 'attachment', id: declared.id, centreId },
      {
        size: declared.size,
        mediaType: declared.mediaType,
      },
    );
  });
}
