import { encryptUnsentWork, type ExportedAttachment, type UnsentWork } from '@valiza/domain';
import { fieldDb } from './local-db';
import { listOutbox } from './outbox';
import { requireDevice, requireKey } from './session';
import { openBytes } from './vault';

/**
 * Everything not yet acknowledged by the server: every command of the outbox (waiting or needing a
 * person) and every stored file the server may still lack — the files of those commands and any file
 * not yet uploaded.
 */
export async function gatherUnsentWork(): Promise<UnsentWork> {
  const key = requireKey();
  const commands = (await listOutbox()).map((entry) => entry.command);
  const ids = new Set(commands.map((c) => c.id));
  const rows = await fieldDb()
    .files.filter((f) => f.uploaded === 0 || ids.has(f.commandId))
    .toArray();
  const attachments: ExportedAttachment[] = [];
  for (const row of rows) {
    attachments.push({
      id: row.id,
      sha256: row.sha256,
      size: row.size,
      mediaType: row.mediaType,
      bytes: await openBytes(key, row.sealed),
    });
  }
  return { deviceId: requireDevice().id, commands, attachments };
}

/**
 * The encrypted export file of unsent work (the format of `@valiza/domain`'s export-file, read by
 * the centre's import), as a Blob of parts, with a file name naming the device and the time.
 */
export async function exportUnsentWork(
  passphrase: string,
  now = new Date(),
): Promise<{ blob: Blob; fileName: string; commands: number; files: number }> {
  const work = await gatherUnsentWork();
  const parts = await encryptUnsentWork(work, passphrase, { now });
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return {
    blob: new Blob(parts as Uint8Array<ArrayBuffer>[], { type: 'application/octet-stream' }),
    fileName: `valiza-unsent-${work.deviceId.slice(-8)}-${stamp}.valiza`,
    commands: work.commands.length,
    files: work.attachments.length,
  };
}
