import type { Db } from '../db/database.js';

export interface AttachmentRow {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  centreId: string;
}

const COLUMNS = ['id', 'sha256', 'size', 'media_type as mediaType', 'centre_id as centreId'] as const;

/** A received attachment, or undefined. */
export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachments').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Whether the centre already received these bytes (under any attachment id). */
export async function centreHasContent(
  db: Db,
  centreId: string,
  sha256: string,
  size: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('attachments')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('sha256', '=', sha256)
    .where('size', '=', size)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records a received attachment; answers false when that id was recorded already. */
export async function insertAttachment(
  db: Db,
  row: AttachmentRow & { personId: string; deviceId: string | null },
): Promise<boolean> {
  const inserted = await db
    .insertInto('attachments')
    .values({
      id: row.id,
      sha256: row.sha256,
      size: row.size,
      media_type: row.mediaType,
      centre_id: row.centreId,
      person_id: row.personId,
      device_id: row.deviceId,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
