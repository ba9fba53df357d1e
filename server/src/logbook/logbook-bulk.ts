import { foldEntry, type LogbookEventKind } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { eventContentHash, type EventContent } from './chain.js';
import { appendLinks, lockHead } from './chain.repository.js';
import { chainPending } from './logbook-ingest.js';
import { eventsOf, insertEvents, toFact, updateStatuses } from './logbook.repository.js';

/**
 * Stores a history of events at once (the demo): events in the order given, chained after the
 * centre's applications, each application's state folded from all its events. No rules are checked:
 * the caller builds a history that follows them.
 */
export async function storeHistory(
  tx: Db,
  centreId: string,
  events: readonly (Omit<EventContent, 'kind' | 'centre_id'> & { kind: LogbookEventKind })[],
): Promise<void> {
  await chainPending(tx, centreId);
  const rows: EventContent[] = events.map((e) => ({ ...e, centre_id: centreId }));
  await insertEvents(tx, rows);
  await appendLinks(
    tx,
    centreId,
    await lockHead(tx, centreId),
    rows.map((row) => ({ kind: 'event' as const, refId: row.id, contentHash: eventContentHash(row) })),
  );
  const ids = [...new Set(rows.map((r) => r.application_id))];
  const all = await eventsOf(tx, ids);
  const byEntry = new Map<string, typeof all>();
  for (const e of all) byEntry.set(e.application_id, [...(byEntry.get(e.application_id) ?? []), e]);
  await updateStatuses(
    tx,
    ids.map((id) => ({ applicationId: id, state: foldEntry((byEntry.get(id) ?? []).map(toFact)) })),
  );
}
