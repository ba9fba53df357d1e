import { instantAt, problem, type Companion, type IsoDate } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import type { Occupancy } from './bookings.repository.js';
import { assertColleagues, assertCrew, assertKit } from './crew.js';
import type { StoredCompanion } from './scheduling.tables.js';
import { assertWorkingTime } from './working-time.check.js';

/** A home visit's day, window, crew, kit and companions, as placed or changed. */
export interface HomePlacement {
  day: IsoDate;
  startTime: string;
  endTime: string;
  staffIds: string[];
  kitId: string;
  companions: StoredCompanion[];
  overrideReason: string | null;
}

export function storedCompanions(companions: readonly Companion[]): StoredCompanion[] {
  return companions.map((c) => ({
    kind: c.kind,
    personId: c.personId ?? null,
    name: c.name ?? null,
    organisation: c.organisation ?? null,
  }));
}

/**
 * Checks a home placement against the rules held in the service — real times, the centre's own
 * staff and kit, working time with a head's override — and answers what it will occupy. Booking
 * it (`book`) is left to the database's exclusion constraints, after the visit row is written.
 */
export async function checkHomePlacement(
  tx: Db,
  actor: Actor,
  centreId: string,
  visitId: string,
  p: HomePlacement,
): Promise<Occupancy> {
  if (p.endTime <= p.startTime)
    throw problem('visit.time_reversed', { params: { from: p.startTime, to: p.endTime } });
  if (p.overrideReason && !hasRole(actor, 'head')) throw problem('visit.override_head_only');
  await assertCrew(tx, centreId, p.staffIds);
  const companionIds = p.companions.flatMap((c) => (c.personId ? [c.personId] : []));
  await assertColleagues(tx, centreId, companionIds);
  await assertKit(tx, centreId, p.kitId);
  await assertWorkingTime(tx, {
    centreId,
    day: p.day,
    startTime: p.startTime,
    endTime: p.endTime,
    personIds: [...p.staffIds, ...companionIds],
    overrideReason: p.overrideReason,
    locale: actor.locale,
  });
  const startsAt = instantAt(p.day, p.startTime);
  const endsAt = instantAt(p.day, p.endTime);
  const people: Occupancy['people'] = [
    ...p.staffIds.map((personId) => ({ personId, role: 'crew' as const })),
    ...p.companions.flatMap((c) => (c.personId ? [{ personId: c.personId, role: c.kind }] : [])),
  ];
  return { centreId, owner: { visitId }, people, kitId: p.kitId, startsAt, endsAt };
}
