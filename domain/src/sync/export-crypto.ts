/** WebCrypto pieces of the export file: the same code runs in the browser and on the server. */

const encoder = new TextEncoder();

/** PBKDF2-SHA256 iterations below which an export file is refused (OWASP's 2023 figure). */
export const MIN_EXPORT_ITERATIONS = 600_000;

/** Cryptographically random bytes. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** The AES-256-GCM key of a passphrase (NFC-normalised, so the same words typed anywhere match). */
export async function deriveExportKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return globalThis.crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * The nonce of chunk `index`: the file's random base nonce with the index XOR-ed into its last four
 * bytes, so no two chunks of a file share a nonce under the file's key.
 */
export function chunkNonce(base: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(base);
  const view = new DataView(nonce.buffer);
  view.setUint32(8, view.getUint32(8) ^ index);
  return nonce;
}

/**
 * The additional data each chunk is authenticated with: the header, the chunk's index and whether it
 * is the last. Changing the header, reordering chunks or cutting the file off all fail to decrypt.
 */
export function chunkAad(header: Uint8Array, index: number, final: boolean): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(header.length + 5);
  aad.set(header);
  const view = new DataView(aad.buffer);
  view.setUint32(header.length, index);
  view.setUint8(header.length + 4, final ? 1 : 0);
  return aad;
}

/** Four bytes, big-endian. */
export function uint32(value: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

/** Standard base64 of bytes (small values: salts and nonces). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

/** Bytes of standard base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
