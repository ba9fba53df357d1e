import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * The content-addressed file store: a file lives at `<root>/ab/cd/<sha256>`, named by its digest,
 * so identical bytes are kept once and a stored file can be checked against its name at any time.
 */
export function storedPath(root: string, sha256: string): string {
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Whether the store holds the bytes of this digest. */
export function isStored(root: string, sha256: string): boolean {
  return existsSync(storedPath(root, sha256));
}

/** SHA-256 (hex) of a file on disk and its first sixteen bytes, read in one pass. */
export async function digestFile(path: string): Promise<{ sha256: string; head: Uint8Array }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return { sha256: hash.digest('hex'), head: head.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

/**
 * Moves a verified file into the store under its digest. When the store has those bytes already,
 * the new copy is dropped: re-sending a file never stores it twice.
 */
export async function moveIntoStore(root: string, from: string, sha256: string): Promise<void> {
  const target = storedPath(root, sha256);
  if (existsSync(target)) {
    await rm(from, { force: true });
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  await rename(from, target);
}

/** Writes verified bytes into the store (through a temporary name, so a crash leaves no half file). */
export async function writeIntoStore(root: string, bytes: Uint8Array, sha256: string): Promise<void> {
  const target = storedPath(root, sha256);
  if (existsSync(target)) return;
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
}
