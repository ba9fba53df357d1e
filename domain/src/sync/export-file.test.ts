import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids/uuidv7.js';
import type { SyncCommand } from './command.js';
import {
  decryptUnsentWork,
  encryptUnsentWork,
  MIN_EXPORT_ITERATIONS,
  type UnsentWork,
} from './export-file.js';
import { sha256Hex } from './hash.js';

function join(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

async function sampleWork(fileSizes: number[]): Promise<UnsentWork> {
  const deviceId = uuidv7();
  const attachments = await Promise.all(
    fileSizes.map(async (size, i) => {
      const bytes = new Uint8Array(size).map((_, j) => (j * 31 + i) & 0xff);
      return { id: uuidv7(), sha256: await sha256Hex(bytes), size, mediaType: 'image/jpeg' as const, bytes };
    }),
  );
  const command: SyncCommand = {
    id: uuidv7(),
    type: 'device.report',
    formatVersion: 2,
    deviceTime: '2026-03-02T09:15:00.000+02:00',
    payload: { appVersion: '1.0.0', note: 'Привіт' },
    attachments: attachments.map(({ id, sha256, size, mediaType }) => ({ id, sha256, size, mediaType })),
  };
  return { deviceId, commands: [command], attachments };
}

// Each case derives keys with PBKDF2 at 600,000 iterations, seconds of work on a slow or busy machine.
describe('the export file of unsent work', { timeout: 60_000 }, () => {
  it('round-trips commands and files across several chunks with the passphrase', async () => {
    const work = await sampleWork([700_000, 1_500_000, 3]);
    const file = join(await encryptUnsentWork(work, 'довга фраза-пароль'));
    const { header, work: opened } = await decryptUnsentWork(file, 'довга фраза-пароль');
    expect(header).toMatchObject({ format: 'valiza-unsent-work', version: 1, deviceId: work.deviceId });
    expect(header.kdf.iterations).toBeGreaterThanOrEqual(MIN_EXPORT_ITERATIONS);
    expect(opened.commands).toEqual(work.commands);
    const digests = await Promise.all(opened.attachments.map((a) => sha256Hex(a.bytes)));
    expect(digests).toEqual(work.attachments.map((a) => a.sha256));
    expect(opened.attachments.map((a) => a.bytes.length)).toEqual([700_000, 1_500_000, 3]);
    expect(new TextDecoder().decode(file)).not.toContain('Привіт');
  });

  it('does not open with another passphrase', async () => {
    const file = join(await encryptUnsentWork(await sampleWork([10]), 'correct horse'));
    await expect(decryptUnsentWork(file, 'wrong horse!')).rejects.toMatchObject({
      code: 'sync.export_passphrase',
    });
  });

  it('refuses a file that was cut short, altered, or whose header was changed', async () => {
    const file = join(await encryptUnsentWork(await sampleWork([1_200_000]), 'correct horse'));
    const headerEnd = file.indexOf(0x0a);
    const firstChunkEnd = headerEnd + 1 + 4 + new DataView(file.buffer).getUint32(headerEnd + 1);
    await expect(decryptUnsentWork(file.slice(0, firstChunkEnd), 'correct horse')).rejects.toMatchObject({
      code: 'sync.export_passphrase',
    });
    const flipped = file.slice();
    flipped[file.length - 5]! ^= 1;
    await expect(decryptUnsentWork(flipped, 'correct horse')).rejects.toMatchObject({
      code: 'sync.export_malformed',
    });
    const text = new TextDecoder().decode(file.slice(0, headerEnd)).replace('"version":1', '"version":2');
    const reheaded = join([new TextEncoder().encode(text), file.slice(headerEnd)]);
    await expect(decryptUnsentWork(reheaded, 'correct horse')).rejects.toMatchObject({
      code: 'sync.export_malformed',
    });
    await expect(decryptUnsentWork(new TextEncoder().encode('not a file'), 'x')).rejects.toMatchObject({
      code: 'sync.export_malformed',
    });
  });

  it('refuses weak settings: a short passphrase, or fewer PBKDF2 iterations than the minimum', async () => {
    const work = await sampleWork([10]);
    await expect(encryptUnsentWork(work, 'short')).rejects.toMatchObject({
      code: 'sync.export_weak_passphrase',
    });
    const file = join(await encryptUnsentWork(work, 'correct horse'));
    const headerEnd = file.indexOf(0x0a);
    const text = new TextDecoder()
      .decode(file.slice(0, headerEnd))
      .replace(`"iterations":${MIN_EXPORT_ITERATIONS}`, '"iterations":1000');
    const weakened = join([new TextEncoder().encode(text), file.slice(headerEnd)]);
    await expect(decryptUnsentWork(weakened, 'correct horse')).rejects.toMatchObject({
      code: 'sync.export_malformed',
    });
  });
});
