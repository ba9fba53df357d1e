import { z } from 'zod';

/** Media types the field app may send: scans and photos of documents. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const AttachmentMediaType = z.enum(ATTACHMENT_MEDIA_TYPES);
export type AttachmentMediaType = z.infer<typeof AttachmentMediaType>;

/** The largest attachment accepted: a multi-page scan at a readable resolution fits well below it. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** A SHA-256 digest as 64 lower-case hex digits. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256' });

/** An id made on the device (UUIDv7): commands, attachments and devices are named by their creator. */
export const DeviceMadeId = z.uuid({ version: 'v7' });

/**
 * An attachment a command declares: the file itself travels separately (resumable upload) under the
 * same id, and the server counts the command's owner as received only when every declared file has
 * arrived with exactly this digest and size.
 */
export const AttachmentDeclaration = z.strictObject({
  id: DeviceMadeId,
  sha256: Sha256Hex,
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  mediaType: AttachmentMediaType,
});
export type AttachmentDeclaration = z.infer<typeof AttachmentDeclaration>;

/**
 * Whether the first bytes of a file look like its declared type, so a mislabelled or broken file is
 * refused at the door rather than discovered when someone opens the application's documents.
 */
export function looksLike(mediaType: AttachmentMediaType, head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  switch (mediaType) {
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/webp':
      return starts(0x52, 0x49, 0x46, 0x46) && [0x57, 0x45, 0x42, 0x50].every((b, i) => head[8 + i] === b);
  }
}
