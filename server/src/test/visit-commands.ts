import { createHash, randomBytes } from 'node:crypto';
import { uuidv7, type AttachmentDeclaration, type SyncCommand } from '@valiza/domain';

/** A command of the visit as the field app makes it (format version 1). */
export function visitCommand(
  type: string,
  payload: Record<string, unknown>,
  attachments?: AttachmentDeclaration[],
): SyncCommand {
  return {
    id: uuidv7(),
    type,
    formatVersion: 1,
    deviceTime: new Date().toISOString(),
    payload,
    ...(attachments ? { attachments } : {}),
  };
}

/** A PDF-looking file of `size` bytes with its declaration. */
export function pdfFile(size: number): { bytes: Buffer; declaration: AttachmentDeclaration } {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
  return {
    bytes,
    declaration: {
      id: uuidv7(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size,
      mediaType: 'application/pdf',
    },
  };
}

/** The payload of `application.register` for a visit, one document scanned into `file`. */
export function registration(
  visit: { visitId: string; applicantId: string; serviceId: string },
  number: { year: number; value: number },
  file?: AttachmentDeclaration,
): Record<string, unknown> {
  return {
    applicationId: uuidv7(),
    visitId: visit.visitId,
    applicantId: visit.applicantId,
    serviceId: visit.serviceId,
    identity: { kind: 'id_card', number: '000123456', unzr: '20000101-00019', rnokpp: '3652504575' },
    documents: [
      {
        name: 'Паспорт',
        pages: 2,
        original: true,
        certified: false,
        ...(file ? { attachmentId: file.id } : {}),
      },
    ],
    payment: { method: 'pos_terminal', amountKop: 8500 },
    number,
    registeredAt: new Date().toISOString(),
    feedbackTokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
  };
}
