import {
  acceptCommand,
  commandHash,
  issuesToDetails,
  problem,
  type CommandOutcome,
  type Locale,
  type SyncCommand,
} from '@valiza/domain';
import type { Db } from '../db/database.js';
import { declareAttachments } from '../files/manifest.service.js';
import {
  currentVersion,
  type CommandHandler,
  type DeviceActor,
  type HandledCommand,
} from './command-handler.js';
import { outcomeError, failedOutcome } from './command-outcome.js';
import { handlerRegistry, type HandlerRegistry } from './handlers/index.js';
import {
  claimCommandId,
  findStoredCommand,
  storeResult,
  type StoredCommandRow,
} from './sync-command.repository.js';

const DEFAULT_REGISTRY = handlerRegistry();

export interface PushOptions {
  locale: Locale;
  registry?: HandlerRegistry;
  /** Told about failures that are not catalogued problems (they are answered as temporary). */
  onUnexpected?: (error: unknown) => void;
}

/**
 * Applies a batch of commands from one device, in the order sent (later commands may build on
 * earlier ones), each in its own transaction, and answers per command. One command's refusal
 * never holds back the others.
 */
export async function pushCommands(
  db: Db,
  actor: DeviceActor,
  commands: readonly SyncCommand[],
  options: PushOptions,
): Promise<CommandOutcome[]> {
  const outcomes: CommandOutcome[] = [];
  for (const command of commands) outcomes.push(await applyCommand(db, actor, command, options));
  return outcomes;
}

/**
 * Applies one command exactly once. A resend is answered from the stored row without a write. A
 * new command runs in a transaction whose first statement claims its id; its effects, its manifest
 * and its stored result then commit together — so an acknowledged command is durably applied, and a
 * command whose transaction failed left nothing behind and can simply be sent again.
 */
export async function applyCommand(
  db: Db,
  actor: DeviceActor,
  command: SyncCommand,
  options: PushOptions,
): Promise<CommandOutcome> {
  const { locale } = options;
  try {
    const hash = await commandHash(command);
    const stored = await findStoredCommand(db, command.id);
    if (stored) return answerStored(command.id, stored, actor, hash, locale);
    const handler = (options.registry ?? DEFAULT_REGISTRY).get(command.type);
    if (!handler) throw problem('sync.unknown_type');
    const payload = readPayload(handler, command, locale);
    const attachments = command.attachments ?? [];
    if (attachments.length > 0 && !handler.attachmentOwner) throw problem('sync.attachments_not_accepted');
    return await db.transaction().execute(async (tx) => {
      const receivedAt = new Date();
      const claimed = await claimCommandId(tx, {
        id: command.id,
        deviceId: actor.deviceId,
        personId: actor.personId,
        centreId: actor.centreId,
        type: command.type,
        formatVersion: command.formatVersion,
        hash,
        deviceTime: command.deviceTime,
        receivedAt,
      });
      // Another copy committed first while this one waited on the id: answer what it stored.
      if (!claimed)
        return answerStored(command.id, (await findStoredCommand(tx, command.id))!, actor, hash, locale);
      const handled: HandledCommand<unknown> = {
        id: command.id,
        type: command.type,
        formatVersion: command.formatVersion,
        deviceTime: new Date(command.deviceTime),
        receivedAt,
        payload,
        attachments,
      };
      const result = JSON.parse(JSON.stringify(await handler.handle(tx, actor, handled))) as Record<
        string,
        unknown
      >;
      if (attachments.length > 0)
        await declareAttachments(tx, handler.attachmentOwner!(handled), attachments, {
          centreId: actor.centreId,
          deviceId: actor.deviceId,
        });
      await storeResult(tx, command.id, result);
      return { id: command.id, status: 'applied' as const, result };
    });
  } catch (error) {
    return failedOutcome(command.id, error, locale, options.onUnexpected);
  }
}

/** The answer for an id the server already holds: the stored result for a true resend, else a conflict. */
function answerStored(
  id: string,
  stored: StoredCommandRow,
  actor: DeviceActor,
  hash: string,
  locale: Locale,
): CommandOutcome {
  const acceptance = acceptCommand(
    { ...stored, result: stored.result ?? {} },
    { deviceId: actor.deviceId, hash },
  );
  if (acceptance.kind === 'duplicate') return { id, status: 'duplicate', result: acceptance.result };
  return { id, status: 'rejected', error: outcomeError(problem('sync.id_conflict'), locale) };
}

/**
 * Checks the payload against the contract of its version, then upgrades it step by step to the
 * handler's current version, so handlers only ever see the current shape.
 */
function readPayload(handler: CommandHandler, command: SyncCommand, locale: Locale): unknown {
  const schema = handler.versions[command.formatVersion];
  if (!schema) throw problem('sync.unsupported_version');
  const parsed = schema.safeParse(command.payload, { reportInput: true });
  if (!parsed.success)
    throw problem('validation.failed', { details: issuesToDetails(parsed.error.issues, locale, 'payload') });
  let payload: unknown = parsed.data;
  for (let version = command.formatVersion; version < currentVersion(handler); version += 1) {
    const step = handler.upgrade[version] as ((payload: unknown) => unknown) | undefined;
    if (!step) throw new Error(`${handler.type} cannot upgrade a payload of version ${version}.`);
    payload = step(payload);
  }
  return payload;
}
