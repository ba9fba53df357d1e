import { z } from 'zod';
import { CommandOutcome } from './command.js';

/** What happened to one file of an imported export: stored (or already there), or refused and why. */
export const ImportedAttachment = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('stored') }),
  z.object({
    id: z.string(),
    status: z.literal('refused'),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
export type ImportedAttachment = z.infer<typeof ImportedAttachment>;

/** The answer to an import of unsent work: per file, then per command exactly as a push answers. */
export const ImportResponse = z.object({
  deviceId: z.string(),
  attachments: z.array(ImportedAttachment),
  results: z.array(CommandOutcome),
});
export type ImportResponse = z.infer<typeof ImportResponse>;
