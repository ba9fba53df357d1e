import {
  sha256Hex,
  uuidv7,
  type AttachmentDeclaration,
  type AttachmentMediaType,
  type CommandOutcome,
  type SyncCommand,
} from '@valiza/domain';
import { actionFor, backoffMs, type OutcomeProblem } from './ack-rules';
import { fieldDb, type FileRow, type OutboxRow, type OutboxState, type SentRow } from './local-db';
import { requireKey } from './session';
import { notifyOutboxChanged } from './sync-status';
import { openBytes, seal, sealBytes, unseal } from './vault';

/** A file to send with a command. Give `id` when the payload must name the file before enqueueing. */
export interface NewAttachment {
  id?: string;
  blob: Blob;
  mediaType: AttachmentMediaType;
}

export interface EnqueueOptions {
  /** The version of the payload's contract (e.g. `DEVICE_REPORT_VERSION` of `@valiza/domain`). */
  formatVersion: number;
  /** The command's id, when the caller made it already (e.g. to name the record it creates). */
  id?: string;
  attachments?: readonly NewAttachment[];
  /** The device's clock when the work was done; now by default. */
  deviceTime?: Date;
}

/** What `enqueue` stored: the command's id and the declarations of its files, as the server sees them. */
export interface Enqueued {
  id: string;
  attachments: AttachmentDeclaration[];
}

/** A command as the status panel shows it. */
export interface OutboxEntry {
  id: string;
  type: string;
  state: OutboxState;
  attempts: number;
  command: SyncCommand;
  /** The server's refusal or last temporary failure, when there is one. */
  problem: OutcomeProblem | null;
}

interface SealedCommand {
  command: SyncCommand;
  problem: OutcomeProblem | null;
}

let lastSeq = 0;
function nextSeq(): number {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  return lastSeq;
}

/**
 * Records one piece of field work for sending: the command (with an id made now and never changed,
 * and its format version) and its files, sealed with the data key, in **one** IndexedDB transaction
 * — either all of it is on the device or none of it. Hashing and sealing happen before the
 * transaction opens, because an IndexedDB transaction closes while it awaits anything else.
 * Throws `FieldLockedError` while the app is locked. Answers the id; nothing is sent here.
 */
export async function enqueue(
  type: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions,
): Promise<Enqueued> {
  const key = requireKey();
  const id = options.id ?? uuidv7();
  const files: FileRow[] = [];
  const declarations: AttachmentDeclaration[] = [];
  for (const attachment of options.attachments ?? []) {
    const bytes = new Uint8Array(await attachment.blob.arrayBuffer());
    const declaration: AttachmentDeclaration = {
      id: attachment.id ?? uuidv7(),
      sha256: await sha256Hex(bytes),
      size: bytes.length,
      mediaType: attachment.mediaType,
    };
    declarations.push(declaration);
    files.push({ ...declaration, commandId: id, uploaded: 0, sealed: await sealBytes(key, bytes) });
  }
  const command: SyncCommand = {
    id,
    type,
    formatVersion: options.formatVersion,
    deviceTime: (options.deviceTime ?? new Date()).toISOString(),
    payload,
    ...(declarations.length > 0 ? { attachments: declarations } : {}),
  };
  const row: OutboxRow = {
    id,
    seq: nextSeq(),
    type,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    sealed: await seal(key, { command, problem: null } satisfies SealedCommand),
  };
  const db = fieldDb();
  await db.transaction('rw', db.outbox, db.files, async () => {
    // `add`, not `put`: an id already in the outbox is a bug of the caller, never a silent overwrite.
    await db.outbox.add(row);
    if (files.length > 0) await db.files.bulkAdd(files);
  });
  notifyOutboxChanged();
  return { id, attachments: declarations };
}

/** Every command not yet acknowledged, oldest first, opened for display. */
export async function listOutbox(): Promise<OutboxEntry[]> {
  const key = requireKey();
  const rows = await fieldDb().outbox.orderBy('seq').toArray();
  return Promise.all(
    rows.map(async (row) => {
      const { command, problem } = await unseal<SealedCommand>(key, row.sealed);
      return { id: row.id, type: row.type, state: row.state, attempts: row.attempts, command, problem };
    }),
  );
}

/** The commands due for sending now (waiting, past their backoff), oldest first. */
export async function dueCommands(now: number, limit: number): Promise<SyncCommand[]> {
  const key = requireKey();
  const rows = await fieldDb()
    .outbox.orderBy('seq')
    .filter((r) => r.state === 'waiting' && r.nextAttemptAt <= now)
    .limit(limit)
    .toArray();
  return Promise.all(rows.map(async (r) => (await unseal<SealedCommand>(key, r.sealed)).command));
}

/**
 * Applies the server's answers to the outbox (see `ack-rules.ts`): acknowledged commands leave it
 * (remembered without content as "sent"), refused ones stay as "needs a person" with the refusal,
 * temporary failures stay and wait a backoff. One transaction for the whole answer.
 */
export async function applyOutcomes(outcomes: readonly CommandOutcome[], now = Date.now()): Promise<void> {
  const key = requireKey();
  const db = fieldDb();
  const rows = new Map(
    (await db.outbox.bulkGet(outcomes.map((o) => o.id))).flatMap((r) => (r ? [[r.id, r]] : [])),
  );
  const removals: string[] = [];
  const sent: SentRow[] = [];
  const updates: OutboxRow[] = [];
  for (const outcome of outcomes) {
    const row = rows.get(outcome.id);
    if (!row) continue;
    const action = actionFor(outcome);
    if (action.kind === 'remove') {
      removals.push(row.id);
      sent.push({ id: row.id, type: row.type, status: action.status, sentAt: now });
      continue;
    }
    const { command } = await unseal<SealedCommand>(key, row.sealed);
    const attempts = row.attempts + 1;
    updates.push({
      ...row,
      attempts,
      state: action.kind === 'needs_person' ? 'needs_person' : 'waiting',
      nextAttemptAt: action.kind === 'retry' ? now + backoffMs(attempts) : row.nextAttemptAt,
      sealed: await seal(key, { command, problem: action.error } satisfies SealedCommand),
    });
  }
  await db.transaction('rw', db.outbox, db.sent, async () => {
    await db.outbox.bulkDelete(removals);
    await db.outbox.bulkPut(updates);
    await db.sent.bulkPut(sent);
  });
  notifyOutboxChanged();
}

/** Puts commands back a backoff after a push that got no answer (network, server down). */
export async function postponeCommands(ids: readonly string[], now = Date.now()): Promise<void> {
  const db = fieldDb();
  await db.transaction('rw', db.outbox, async () => {
    for (const row of await db.outbox.bulkGet([...ids])) {
      if (!row) continue;
      const attempts = row.attempts + 1;
      await db.outbox.put({ ...row, attempts, nextAttemptAt: now + backoffMs(attempts) });
    }
  });
}

/** Sends a "needs a person" command again (after an app update, or a fix at the centre). */
export async function retryCommand(id: string): Promise<void> {
  await fieldDb().outbox.update(id, { state: 'waiting', nextAttemptAt: 0 });
  notifyOutboxChanged();
}

/** The bytes of a stored attachment, opened. */
export async function attachmentBlob(id: string): Promise<Blob | null> {
  const row = await fieldDb().files.get(id);
  if (!row) return null;
  return new Blob([await openBytes(requireKey(), row.sealed)], { type: row.mediaType });
}

/** Counts for the status panel; readable while locked. */
export async function outboxCounts(): Promise<{
  waiting: number;
  needsPerson: number;
  sent: number;
  unsentFiles: number;
}> {
  const db = fieldDb();
  const [waiting, needsPerson, sent, unsentFiles] = await Promise.all([
    db.outbox.where('state').equals('waiting').count(),
    db.outbox.where('state').equals('needs_person').count(),
    db.sent.count(),
    db.files.where('uploaded').equals(0).count(),
  ]);
  return { waiting, needsPerson, sent, unsentFiles };
}
