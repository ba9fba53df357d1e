import { fromBase64, randomBytes, toBase64 } from '@valiza/domain';

/**
 * The device's encryption at rest. A random AES-256-GCM **data key** seals every local record and
 * file; the data key itself is stored only wrapped (AES-GCM) by a key derived from the PIN with
 * PBKDF2-SHA-256. A wrong PIN derives another key, and unwrapping fails its authentication tag — so
 * the PIN is never stored, not even as a hash, and the data key exists unwrapped only in memory
 * while the app is unlocked.
 */

/** PBKDF2-SHA-256 iterations for the PIN key (OWASP 2023: at least 600,000). */
export const PIN_ITERATIONS = 600_000;

/** A PIN: 6 to 12 digits. */
export const PIN_PATTERN = /^\d{6,12}$/;

/** What the device stores about its key: salt, iterations, and the wrapped data key. Not secret. */
export interface VaultRecord {
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** AES-GCM nonce (base64) and the wrapped data key (base64, with its tag). */
  wrap: { nonce: string; key: string };
}

/** A sealed value: a fresh 12-byte nonce and the AES-GCM ciphertext with its tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const subtle = () => globalThis.crypto.subtle;

/** Whether `pin` is acceptable: 6 to 12 digits. */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

async function pinKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * Makes a new random data key and wraps it with the PIN. Answers the record to store and the data
 * key (not extractable) to use now. `iterations` below `PIN_ITERATIONS` are refused.
 */
export async function createVault(
  pin: string,
  iterations = PIN_ITERATIONS,
): Promise<{ record: VaultRecord; key: CryptoKey }> {
  if (!isValidPin(pin)) throw new Error('A PIN is 6 to 12 digits.');
  if (iterations < PIN_ITERATIONS) throw new Error(`At least ${PIN_ITERATIONS} iterations.`);
  // Extractable only for the one wrapKey below; the key used from now on is the unwrapped copy.
  const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const wrapped = await subtle().wrapKey('raw', dataKey, await pinKey(pin, salt, iterations), {
    name: 'AES-GCM',
    iv: nonce,
  });
  const record: VaultRecord = {
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    wrap: { nonce: toBase64(nonce), key: toBase64(new Uint8Array(wrapped)) },
  };
  const key = await openVault(record, pin);
  if (!key) throw new Error('The new vault does not open.');
  return { record, key };
}

/** The data key of a vault (not extractable), or null when the PIN is wrong. */
export async function openVault(record: VaultRecord, pin: string): Promise<CryptoKey | null> {
  if (record.kdf.iterations < PIN_ITERATIONS) return null;
  const kek = await pinKey(pin, fromBase64(record.kdf.salt), record.kdf.iterations);
  try {
    return await subtle().unwrapKey(
      'raw',
      fromBase64(record.wrap.key),
      kek,
      { name: 'AES-GCM', iv: fromBase64(record.wrap.nonce) },
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
}

/** Seals bytes with the data key under a fresh random nonce. */
export async function sealBytes(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = randomBytes(12);
  return { iv, data: await subtle().encrypt({ name: 'AES-GCM', iv }, key, bytes) };
}

/** Opens sealed bytes; throws when the key is not the one that sealed them or they were altered. */
export async function openBytes(key: CryptoKey, sealed: Sealed): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data));
}

/** Seals a JSON value. */
export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  return sealBytes(key, encoder.encode(JSON.stringify(value)));
}

/** Opens a sealed JSON value. */
export async function unseal<T = unknown>(key: CryptoKey, sealed: Sealed): Promise<T> {
  return JSON.parse(decoder.decode(await openBytes(key, sealed))) as T;
}
