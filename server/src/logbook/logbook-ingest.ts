import { entryDeadlines } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { calendarSettingsOf } from '../scheduling/centre-calendar.service.js';
import { entryContentHash } from './chain.js';
import { appendLinks, lockHead } from './chain.repository.js';
import {
  centresWithPending,
  hasPending,
  insertStatuses,
  pendingEntries,
  removeFromInbox,
} from './logbook.repository.js';

const BATCH = 2000;

/**
 * Chains the applications waiting in `logbook_inbox` (queued by a trigger when they were inserted,
 * or by the migration's backfill): each gets its link in the centre's chain, in the order of receipt,
 * and its state row with the due dates of the centre's calendar. Runs before every logbook read or
 * write of the centre and on the server's timer; a pass with nothing to do costs one indexed read.
 */
export async function chainPending(db: Db, centreId?: string): Promise<number> {
  if (centreId && !(await hasPending(db, centreId))) return 0;
  let total = 0;
  for (const centre of await centresWithPending(db, centreId)) {
    for (;;) {
      const done = await inTransaction(db, async (tx) => {
        // The head lock first: whoever holds it owns the centre's inbox until commit.
        const head = await lockHead(tx, centre);
        const pending = await pendingEntries(tx, centre, BATCH);
        if (pending.length === 0) return 0;
        const settings = await calendarSettingsOf(tx, centre);
        await insertStatuses(
          tx,
          pending.map((p) => {
            const deadlines = entryDeadlines(
              p.received_at,
              { days: p.term_days, kind: p.term_kind },
              settings,
            );
            return {
              application_id: p.id,
              centre_id: centre,
              received_at: p.received_at,
              service_id: p.service_id,
              administrator_id: p.administrator_id,
              status: 'registered' as const,
              forward_by: deadlines.forwardBy,
              provider_due: deadlines.providerDue,
            };
          }),
        );
        await appendLinks(
          tx,
          centre,
          head,
          pending.map((p) => ({ kind: 'entry' as const, refId: p.id, contentHash: entryContentHash(p) })),
        );
        await removeFromInbox(
          tx,
          pending.map((p) => p.id),
        );
        return pending.length;
      });
      total += done;
      if (done < BATCH) break;
    }
  }
  return total;
}
