import type { FastifyRequest } from 'fastify';
import { problem } from '@valiza/domain';

/**
 * Reads the import form: a `passphrase` field and a `file` part (the export file). Too large a file
 * is `validation.too_large`; a form without both is `validation.failed`.
 */
export async function readImportForm(request: FastifyRequest): Promise<{ file: Buffer; passphrase: string }> {
  if (!request.isMultipart()) throw problem('validation.unsupported_media');
  let file: Buffer | null = null;
  let passphrase: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') file = await part.toBuffer();
      else if (part.type === 'file') await part.toBuffer();
      else if (part.fieldname === 'passphrase' && typeof part.value === 'string') passphrase = part.value;
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw problem('validation.too_large');
    throw error;
  }
  const details = [
    ...(file ? [] : [{ path: 'file', code: 'invalid_type' }]),
    ...(passphrase ? [] : [{ path: 'passphrase', code: 'invalid_type' }]),
  ];
  if (!file || !passphrase) throw problem('validation.failed', { details });
  return { file, passphrase };
}
