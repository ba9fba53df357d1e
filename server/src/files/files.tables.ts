import type { ColumnType } from 'kysely';

export interface AttachmentsTable {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  centre_id: string;
  person_id: string;
  device_id: string | null;
  received_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface AttachmentManifestTable {
  owner_type: string;
  owner_id: string;
  attachment_id: string;
  sha256: string;
  size: number;
  media_type: string;
  centre_id: string;
  device_id: string | null;
  declared_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface FileTables {
  attachments: AttachmentsTable;
  attachment_manifest: AttachmentManifestTable;
}
