import { civilDateIn, type RefusalItem, type RefusalQuery } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { chainPending } from './logbook-ingest.js';
import { listLines } from './logbook-list.repository.js';
import { LOGBOOK_READERS } from './logbook-policy.js';
import { presentLine } from './logbook.presenter.js';
import { eventsOf } from './logbook.repository.js';

const REFUSALS_LIMIT = 500;

/** The centre's refused applications with the provider's reasons and the head's reviews. */
export async function listRefusals(
  db: Db,
  actor: Actor,
  query: RefusalQuery,
  now = new Date(),
): Promise<RefusalItem[]> {
  const centreId = centreOf(actor, ...LOGBOOK_READERS);
  await chainPending(db, centreId);
  const today = civilDateIn(now);
  const lines = await listLines(
    db,
    centreId,
    { from: query.from, to: query.to, decision: 'refused', today },
    REFUSALS_LIMIT,
  );
  const filtered = lines.filter((l) =>
    query.reviewed === 'yes'
      ? l.refusalJustified !== null
      : query.reviewed === 'no'
        ? l.refusalJustified === null
        : true,
  );
  const events = await eventsOf(
    db,
    filtered.map((l) => l.id),
  );
  return filtered.map((line) => {
    const own = events.filter((e) => e.application_id === line.id);
    const decision = own.filter((e) => e.kind === 'decision').at(-1);
    const review = own.filter((e) => e.kind === 'refusal_review').at(-1);
    const content = (review?.content ?? {}) as { justified?: boolean; actions?: string };
    return {
      ...presentLine(line, today),
      reason: String((decision?.content as { reason?: string } | undefined)?.reason ?? ''),
      review:
        review && typeof content.justified === 'boolean'
          ? {
              justified: content.justified,
              actions: content.actions ?? '',
              reviewedAt: review.recorded_at.toISOString(),
              reviewerName: review.recorded_by_name,
            }
          : null,
    };
  });
}
