import { z } from 'zod';
import { Instant } from '../contracts/common.js';
import { problem } from '../errors/problem.js';
import { AttachmentDeclaration, DeviceMadeId } from './attachment.js';
import { SyncCommand } from './command.js';
import {
  chunkAad,
  chunkNonce,
  deriveExportKey,
  fromBase64,
  MIN_EXPORT_ITERATIONS,
  randomBytes,
  toBase64,
  uint32,
} from './export-crypto.js';

/**
 * The last-resort file of unsent work: when a device cannot reach the server, the administrator
 * saves its outbox (commands and their files) into one encrypted file and a head imports it.
 *
 * Layout: one line of JSON header (format, version, device, PBKDF2 salt and iterations, AES-GCM base
 * nonce, chunk size), a newline, then chunks `[u32 length][ciphertext+tag]`. The plaintext they carry
 * is `[u32 n][n bytes of contents JSON][file bytes, in the contents' order]`. Each chunk is sealed
 * with its own nonce and authenticated together with the header, its index and a last-chunk flag.
 */
export { MIN_EXPORT_ITERATIONS } from './export-crypto.js';
export const EXPORT_FORMAT = 'valiza-unsent-work';
export const EXPORT_FORMAT_VERSION = 1;
export const MIN_EXPORT_PASSPHRASE = 8;
const CHUNK_BYTES = 1024 * 1024;
const MAX_HEADER_BYTES = 4096;
const TAG_BYTES = 16;

const ExportHeader = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_FORMAT_VERSION),
  deviceId: DeviceMadeId,
  createdAt: Instant,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_EXPORT_ITERATIONS).max(10_000_000),
    salt: z.base64().max(64),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    nonce: z.base64().length(16),
    chunkSize: z
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024),
  }),
});
export type ExportHeader = z.infer<typeof ExportHeader>;

const ExportContents = z.strictObject({
  deviceId: DeviceMadeId,
  commands: z.array(SyncCommand).max(100_000),
  attachments: z.array(AttachmentDeclaration).max(100_000),
});

/** A file of unsent work, with its bytes. */
export interface ExportedAttachment extends AttachmentDeclaration {
  bytes: Uint8Array;
}

/** What an export file carries: the device's unsent commands and the files they declare. */
export interface UnsentWork {
  deviceId: string;
  commands: SyncCommand[];
  attachments: ExportedAttachment[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Encrypts unsent work with a passphrase the administrator chooses. Answers the file as parts to be
 * joined (a browser makes a Blob of them), so no single buffer of the whole file is ever built.
 */
export async function encryptUnsentWork(
  work: UnsentWork,
  passphrase: string,
  options: { iterations?: number; now?: Date } = {},
): Promise<Uint8Array[]> {
  if (passphrase.length < MIN_EXPORT_PASSPHRASE) throw problem('sync.export_weak_passphrase');
  const iterations = Math.max(options.iterations ?? MIN_EXPORT_ITERATIONS, MIN_EXPORT_ITERATIONS);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    deviceId: work.deviceId,
    createdAt: (options.now ?? new Date()).toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', nonce: toBase64(nonce), chunkSize: CHUNK_BYTES },
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const key = await deriveExportKey(passphrase, salt, iterations);
  const contents = encoder.encode(
    JSON.stringify({
      deviceId: work.deviceId,
      commands: work.commands,
      attachments: work.attachments.map(({ id, sha256, size, mediaType }) => ({
        id,
        sha256,
        size,
        mediaType,
      })),
    }),
  );
  const pieces = [uint32(contents.length), contents, ...work.attachments.map((a) => a.bytes)];
  const parts: Uint8Array[] = [headerBytes, encoder.encode('\n')];
  const chunks = [...chunksOf(pieces, CHUNK_BYTES)];
  for (const [index, chunk] of chunks.entries()) {
    const sealed = await globalThis.crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: chunkNonce(nonce, index),
        additionalData: chunkAad(headerBytes, index, index === chunks.length - 1),
      },
      key,
      chunk,
    );
    parts.push(uint32(sealed.byteLength), new Uint8Array(sealed));
  }
  return parts;
}

/** Cuts the concatenation of `pieces` into chunks of `size` bytes (the last may be shorter). */
function* chunksOf(pieces: Uint8Array[], size: number): Generator<Uint8Array<ArrayBuffer>> {
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  let chunk = new Uint8Array(Math.min(size, total));
  let filled = 0;
  let remaining = total;
  for (const piece of pieces) {
    let offset = 0;
    while (offset < piece.length) {
      const take = Math.min(piece.length - offset, chunk.length - filled);
      chunk.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === chunk.length) {
        yield chunk;
        remaining -= filled;
        chunk = new Uint8Array(Math.min(size, remaining));
        filled = 0;
      }
    }
  }
}

/**
 * Opens an export file. A wrong passphrase (or a damaged first chunk) is `sync.export_passphrase`;
 * anything else malformed, reordered or cut off is `sync.export_malformed`.
 */
export async function decryptUnsentWork(
  file: Uint8Array,
  passphrase: string,
): Promise<{ header: ExportHeader; work: UnsentWork }> {
  const newline = file.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (newline < 0) throw problem('sync.export_malformed');
  const headerBytes = file.slice(0, newline);
  const header = ExportHeader.safeParse(parseJson(headerBytes));
  if (!header.success) throw problem('sync.export_malformed');
  const { kdf, cipher } = header.data;
  const key = await deriveExportKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
  const nonce = fromBase64(cipher.nonce);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const plain: Uint8Array[] = [];
  let offset = newline + 1;
  for (let index = 0; offset < file.length; index += 1) {
    if (offset + 4 > file.length) throw problem('sync.export_malformed');
    const length = view.getUint32(offset);
    const end = offset + 4 + length;
    if (length < TAG_BYTES || length > cipher.chunkSize + TAG_BYTES || end > file.length)
      throw problem('sync.export_malformed');
    try {
      const opened = await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: chunkNonce(nonce, index),
          additionalData: chunkAad(headerBytes, index, end === file.length),
        },
        key,
        file.slice(offset + 4, end),
      );
      plain.push(new Uint8Array(opened));
    } catch {
      throw problem(index === 0 ? 'sync.export_passphrase' : 'sync.export_malformed');
    }
    offset = end;
  }
  return { header: header.data, work: readContents(concat(plain), header.data.deviceId) };
}

function readContents(plain: Uint8Array, deviceId: string): UnsentWork {
  if (plain.length < 4) throw problem('sync.export_malformed');
  const length = new DataView(plain.buffer, plain.byteOffset).getUint32(0);
  const contents = ExportContents.safeParse(parseJson(plain.subarray(4, 4 + length)));
  if (!contents.success || contents.data.deviceId !== deviceId) throw problem('sync.export_malformed');
  let offset = 4 + length;
  const attachments = contents.data.attachments.map((declaration) => {
    const bytes = plain.slice(offset, offset + declaration.size);
    offset += declaration.size;
    return { ...declaration, bytes };
  });
  if (offset !== plain.length) throw problem('sync.export_malformed');
  return { deviceId, commands: contents.data.commands, attachments };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw problem('sync.export_malformed');
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
