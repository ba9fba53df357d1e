import { z } from 'zod';
import { Instant } from '../contracts/common.js';
import { AttachmentDeclaration } from './attachment.js';

/**
 * A checkpoint is opaque to the device: it stores the one it got and sends it back. (It is the
 * transaction horizon of the server's change log up to which everything was delivered.)
 */
export const Checkpoint = z.string().regex(/^\d{1,20}$/, { message: 'checkpoint' });

export const PullQuery = z.object({ checkpoint: Checkpoint.optional() });
export type PullQuery = z.infer<typeof PullQuery>;

/**
 * One changed entity: its current state (`upsert`), or `delete` when the device must forget it (it
 * was deleted, or is no longer the device's to see).
 */
export const PulledChange = z.discriminatedUnion('op', [
  z.object({
    entity: z.string(),
    id: z.string(),
    op: z.literal('upsert'),
    data: z.record(z.string(), z.unknown()),
  }),
  z.object({ entity: z.string(), id: z.string(), op: z.literal('delete') }),
]);
export type PulledChange = z.infer<typeof PulledChange>;

/** A block of logbook numbers the device may use offline, with the first and last number printed. */
export const PulledNumberBlock = z.object({
  year: z.number().int(),
  first: z.number().int(),
  last: z.number().int(),
  firstNumber: z.string(),
  lastNumber: z.string(),
});
export type PulledNumberBlock = z.infer<typeof PulledNumberBlock>;

export const PullResponse = z.object({
  checkpoint: Checkpoint,
  /** True when `changes` is a full snapshot: the device replaces its reference data with it. */
  reset: z.boolean(),
  changes: z.array(PulledChange),
  numberBlocks: z.array(PulledNumberBlock),
  /** Files this device declared in its commands that the server has not received yet. */
  missingAttachments: z.array(AttachmentDeclaration),
  /** \`publicUrl\`: where the public reaches the server; the feedback address printed on confirmations. */
  device: z.object({ id: z.string(), expiresAt: Instant, publicUrl: z.string() }),
  serverTime: Instant,
});
export type PullResponse = z.infer<typeof PullResponse>;
