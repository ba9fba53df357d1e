import { z } from 'zod';
import { Instant } from '../contracts/common.js';
import { AttachmentDeclaration, DeviceMadeId } from './attachment.js';
import { contentHash } from './hash.js';

/** The most commands one push may carry; a longer outbox is sent in several pushes. */
export const MAX_COMMANDS_PER_PUSH = 100;

/** A command type: dotted lower-case words, e.g. `device.report`, `application.register`. */
export const CommandType = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, { message: 'command type' });

/**
 * One unit of field work, made on the device and kept in its outbox until the server acknowledges
 * it. The id is made once, when the work is done; every resend carries the same id and content.
 * The payload is checked against the contract of its type and version on the server.
 */
export const SyncCommand = z.strictObject({
  id: DeviceMadeId,
  type: CommandType,
  formatVersion: z.number().int().min(1).max(1000),
  deviceTime: Instant,
  payload: z.record(z.string().max(200), z.unknown()),
  attachments: z
    .array(AttachmentDeclaration)
    .max(50)
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, { message: 'unique ids' })
    .optional(),
});
export type SyncCommand = z.infer<typeof SyncCommand>;

export const PushBody = z.strictObject({
  commands: z.array(SyncCommand).min(1).max(MAX_COMMANDS_PER_PUSH),
});
export type PushBody = z.infer<typeof PushBody>;

/**
 * The hash that identifies a command's content: everything but its id, as canonical JSON. No
 * attachments and an empty list are the same content.
 */
export async function commandHash(command: SyncCommand): Promise<string> {
  return contentHash({
    type: command.type,
    formatVersion: command.formatVersion,
    deviceTime: command.deviceTime,
    payload: command.payload,
    attachments: command.attachments ?? [],
  });
}

const OutcomeError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string().optional() })),
});

/**
 * The server's answer for one command:
 * - `applied`: done now; `result` is what the command produced.
 * - `duplicate`: done before; the same `result` as the first time. The device drops it from the outbox.
 * - `rejected`: refused by a rule (e.g. `sync.id_conflict`: this id was used for other content); the
 *   device keeps it and shows it to the person — never dropped silently.
 * - `invalid`: the payload does not match its contract or version; kept and shown like `rejected`.
 * - `error`: a temporary failure; nothing was stored; the device sends it again later.
 */
export const CommandOutcome = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('applied'), result: z.record(z.string(), z.unknown()) }),
  z.object({ id: z.string(), status: z.literal('duplicate'), result: z.record(z.string(), z.unknown()) }),
  z.object({ id: z.string(), status: z.literal('rejected'), error: OutcomeError }),
  z.object({ id: z.string(), status: z.literal('invalid'), error: OutcomeError }),
  z.object({ id: z.string(), status: z.literal('error'), error: OutcomeError }),
]);
export type CommandOutcome = z.infer<typeof CommandOutcome>;
export type CommandStatus = CommandOutcome['status'];

export const PushResponse = z.object({ results: z.array(CommandOutcome) });
export type PushResponse = z.infer<typeof PushResponse>;
