import { canonicalJson } from './canonical-json.js';

const encoder = new TextEncoder();

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of text (as UTF-8) or bytes, as lower-case hex. WebCrypto: the same in browsers and Node. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

/** SHA-256 of the canonical JSON of a value: equal for equal content whatever the key order. */
export async function contentHash(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
