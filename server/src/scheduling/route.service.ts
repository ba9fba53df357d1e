import {
  evaluateRoute,
  formatDate,
  hoursOn,
  minutesOf,
  optimiseRoute,
  problem,
  timeOfMinutes,
  type IsoDate,
  type Route,
  type RouteBody,
  type RouteProblem,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, centreOf } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { dropBookings } from './bookings.repository.js';
import { findCentreScheduling } from './centre-calendar.repository.js';
import { assertKit } from './crew.js';
import { findPlan } from './plan.repository.js';
import { findPlanningRequests } from './request-source.repository.js';
import { travelMatrix } from './travel-matrix.js';
import { listCentreVisits } from './visit-queries.js';
import { changeVisit } from './visit.service.js';
import { updateVisitSequence } from './visit.repository.js';

function kmAlong(km: number[][], order: readonly number[]): number {
  let total = 0;
  let at = 0;
  for (const index of order) {
    total += km[at]![index + 1]!;
    at = index + 1;
  }
  return Math.round((total + km[at]![0]!) * 10) / 10;
}

/**
 * Orders one kit's home visits of a day: from the centre and back, each visit as long as its
 * services, inside the applicant's preferred window when they gave one, within the centre's hours.
 * With `apply` the visits are moved to the suggested times (each move checked and booked like any
 * other, and the applicant told); the plan must still be at `version`.
 */
export async function routeOfDay(db: Db, actor: Actor, day: IsoDate, body: RouteBody): Promise<Route> {
  const centreId = centreOf(actor, 'head', 'operator');
  await assertKit(db, centreId, body.kitId);
  const centre = (await findCentreScheduling(db, centreId))!;
  const visits = (await listCentreVisits(db, actor, { from: day, to: day, status: 'planned' }))
    .filter((v) => v.kind === 'home' && v.kitId === body.kitId)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const requests = new Map(
    (
      await findPlanningRequests(
        db,
        visits.map((v) => v.requestId),
      )
    ).map((r) => [r.id, r]),
  );
  const home = { lat: centre.lat ?? 0, lon: centre.lon ?? 0 };
  const points = [
    home,
    ...visits.map((v) =>
      v.location.lat !== null && v.location.lon !== null
        ? { lat: v.location.lat, lon: v.location.lon }
        : home,
    ),
  ];
  const matrix = await travelMatrix(points, centre.routing);
  const hours = hoursOn(day, centre.workingHours);
  const problemOfDay: RouteProblem = {
    stops: visits.map((v) => {
      const window = requests.get(v.requestId)?.preferences.windows?.[0];
      return {
        id: v.id,
        serviceMinutes: v.serviceMinutes,
        window: window ? { from: minutesOf(window.from), to: minutesOf(window.to) } : null,
      };
    }),
    travel: matrix.minutes,
    departure: minutesOf(hours?.from ?? '08:00'),
    returnBy: hours ? minutesOf(hours.to) : null,
  };
  const result = optimiseRoute(problemOfDay);
  const naiveOrder = visits.map((_, i) => i);
  const naive = evaluateRoute(problemOfDay, naiveOrder);
  const stops = result.evaluation.stops.map((s, i) => ({
    visitId: s.id,
    sequence: i + 1,
    startTime: timeOfMinutes(s.start),
    endTime: timeOfMinutes(s.end),
    travelMinutes: s.travelMinutes,
    onTime: s.onTime,
  }));
  if (body.apply) await applyRoute(db, actor, centreId, day, body.version, stops, visits);
  return {
    day,
    kitId: body.kitId,
    source: matrix.source,
    leaveAt: timeOfMinutes(result.evaluation.leaveAt),
    returnAt: timeOfMinutes(result.evaluation.returnAt),
    travelMinutes: result.evaluation.travelMinutes,
    totalMinutes: result.evaluation.totalMinutes,
    distanceKm: kmAlong(matrix.km, result.order),
    stops,
    unplaced: result.unplaced.map((i) => visits[i]!.id),
    naive: { travelMinutes: naive.travelMinutes, totalMinutes: naive.totalMinutes, feasible: naive.feasible },
    applied: body.apply,
  };
}

async function applyRoute(
  db: Db,
  actor: Actor,
  centreId: string,
  day: IsoDate,
  version: number | undefined,
  stops: Route['stops'],
  visits: { id: string; version: number }[],
): Promise<void> {
  assertRole(actor, 'head', 'operator');
  await inTransaction(db, async (tx) => {
    const plan = await findPlan(tx, centreId, day);
    if (!plan || plan.version !== version) throw problem('plan.stale', { params: { date: formatDate(day) } });
    // Moving one visit may need the slot another still holds: free them all, then book each anew.
    for (const stop of stops) await dropBookings(tx, { visitId: stop.visitId });
    for (const stop of stops) {
      const visit = visits.find((v) => v.id === stop.visitId)!;
      const moved = await changeVisit(tx, actor, visit.id, {
        version: visit.version,
        startTime: stop.startTime,
        endTime: stop.endTime,
      });
      await updateVisitSequence(tx, visit.id, stop.sequence, moved.version);
    }
  });
}
