import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AttachmentDeclaration } from '@valiza/domain';
import { uuidv7 } from '@valiza/domain';

/** Bytes that look like a PNG (the signature, then noise), with their declaration. */
export function pngFile(size: number): { bytes: Buffer; declaration: AttachmentDeclaration } {
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(size - 8),
  ]);
  return {
    bytes,
    declaration: {
      id: uuidv7(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size,
      mediaType: 'image/png',
    },
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** The tus creation headers of a declared attachment. */
export function creationHeaders(d: AttachmentDeclaration): Record<string, string> {
  return {
    'Tus-Resumable': '1.0.0',
    'Upload-Length': String(d.size),
    'Upload-Metadata': `attachmentId ${b64(d.id)},sha256 ${b64(d.sha256)},mediaType ${b64(d.mediaType)}`,
  };
}

/** A bare tus client over real HTTP, so tests see exactly what travels. */
export function tusClient(base: string, auth: Record<string, string>) {
  const call = (method: string, url: string, headers: Record<string, string> = {}, body?: Buffer) =>
    fetch(`${base}${url}`, { method, headers: { 'Tus-Resumable': '1.0.0', ...auth, ...headers }, body });
  return {
    create: (d: AttachmentDeclaration, extra: Record<string, string> = {}) =>
      call('POST', '/api/v1/uploads', { ...creationHeaders(d), ...extra }),
    head: (id: string) => call('HEAD', `/api/v1/uploads/${id}`),
    patch: (id: string, offset: number, bytes: Buffer) =>
      call(
        'PATCH',
        `/api/v1/uploads/${id}`,
        { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
        bytes,
      ),
    /**
     * Starts a PATCH announced as all of `bytes`, sends `settled` bytes and lets the server take them,
     * sends `inFlight` more and cuts the connection at once — as a laptop losing its modem does.
     * Answers the body bytes written.
     */
    patchCut: (id: string, offset: number, bytes: Buffer, settled: number, inFlight: number) =>
      new Promise<number>((resolve) => {
        const url = new URL(`${base}/api/v1/uploads/${id}`);
        const req = httpRequest(url, {
          method: 'PATCH',
          headers: {
            'Tus-Resumable': '1.0.0',
            ...auth,
            'Upload-Offset': String(offset),
            'Content-Type': 'application/offset+octet-stream',
            'Content-Length': String(bytes.length),
          },
        });
        const written = settled + inFlight;
        req.on('error', () => resolve(written));
        req.on('close', () => resolve(written));
        req.write(bytes.subarray(0, settled), () =>
          setTimeout(() => {
            req.write(bytes.subarray(settled, written));
            req.destroy();
          }, 300),
        );
      }),
  };
}
