import { Metadata, type Upload } from '@tus/server';
import {
  AttachmentDeclaration,
  AttachmentMediaType,
  MAX_ATTACHMENT_BYTES,
  problem,
  type AttachmentDeclaration as Declaration,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';

type Headers = Record<string, string | string[] | undefined>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * What an upload's creation request declares: the attachment id, its SHA-256 and media type in
 * `Upload-Metadata`, its size in `Upload-Length` (deferred lengths are not accepted).
 */
export function readUploadDeclaration(headers: Headers): Declaration {
  const length = header(headers, 'upload-length');
  if (!length || !/^\d{1,12}$/.test(length)) throw problem('files.metadata');
  const size = Number(length);
  if (size > MAX_ATTACHMENT_BYTES)
    throw problem('files.too_large', { params: { megabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
  let metadata: Record<string, string | null>;
  try {
    metadata = Metadata.parse(header(headers, 'upload-metadata'));
  } catch {
    throw problem('files.metadata');
  }
  if (metadata.mediaType && !AttachmentMediaType.safeParse(metadata.mediaType).success)
    throw problem('files.media_type');
  const declared = AttachmentDeclaration.safeParse({
    id: metadata.attachmentId,
    sha256: metadata.sha256,
    size,
    mediaType: metadata.mediaType,
  });
  if (!declared.success) throw problem('files.metadata');
  return declared.data;
}

/**
 * The metadata the server keeps with an upload in progress: the declaration and its owner. Written
 * by the server, so nothing else a client put in `Upload-Metadata` (a file name…) is kept on disk.
 */
export function uploadMetadata(declared: Declaration, actor: Actor): Record<string, string> {
  return {
    attachmentId: declared.id,
    sha256: declared.sha256,
    mediaType: declared.mediaType,
    centreId: actor.centreId ?? '',
    personId: actor.personId,
    deviceId: actor.deviceId ?? '',
  };
}

/** The declaration of an upload in progress, from its stored metadata and length. */
export function declarationOf(upload: Upload): Declaration {
  const m = upload.metadata ?? {};
  return AttachmentDeclaration.parse({
    id: m.attachmentId,
    sha256: m.sha256,
    size: upload.size,
    mediaType: m.mediaType,
  });
}

/** Whether an upload in progress was started by this person in this centre. */
export function ownedBy(upload: Upload, actor: Actor): boolean {
  const m = upload.metadata ?? {};
  return m.centreId === actor.centreId && m.personId === actor.personId;
}
