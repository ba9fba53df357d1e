import type { AuditEntry } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { listAudit } from './audit.repository.js';

/** The head reads who did and saw what in their centre, newest first. */
export async function readAuditTrail(
  db: Db,
  actor: Actor,
  query: {
    recordType?: string | undefined;
    recordId?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const centreId = centreOf(actor, 'head');
  const rows = await listAudit(db, centreId, {
    recordType: query.recordType,
    recordId: query.recordId,
    before: query.cursor,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
