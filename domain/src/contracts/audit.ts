import { z } from 'zod';
import { Id } from './common.js';

/** One line of the audit trail: who did or saw what, when, from which device. */
export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  deviceId: Id.nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  recordType: z.string().max(60).optional(),
  recordId: z.string().max(80).optional(),
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
