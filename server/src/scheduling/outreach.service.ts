import {
  civilDateIn,
  problem,
  uuidv7,
  type ChangeOutreachScheduleBody,
  type CreateOutreachScheduleBody,
  type IsoDate,
  type OutreachSchedule,
  type OutreachSession,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findOutreachPoint } from '../org/outreach-point.repository.js';
import { crewOf, releaseBookings } from './bookings.repository.js';
import { assertCrew, assertKit } from './crew.js';
import { assertDayRange } from './day-range.js';
import { expandSchedule } from './outreach-expansion.js';
import { presentSchedule, presentSession } from './outreach.presenter.js';
import {
  cancelSessionRow,
  findSchedule,
  findSession,
  insertSchedule,
  listSchedules,
  listSessions,
  updateSchedule,
  type ScheduleRow,
  type SessionRow,
} from './outreach.repository.js';
import { touchPlan } from './plan.repository.js';

async function checkSchedule(tx: Db, centreId: string, body: CreateOutreachScheduleBody): Promise<void> {
  if (body.validUntil && body.validUntil < body.validFrom) throw problem('outreach.schedule_reversed');
  if (body.endTime <= body.startTime)
    throw problem('visit.time_reversed', { params: { from: body.startTime, to: body.endTime } });
  const point = await findOutreachPoint(tx, body.outreachPointId);
  if (!point || point.centreId !== centreId) throw problem('not_found');
  await assertKit(tx, centreId, body.kitId);
  await assertCrew(tx, centreId, body.staffIds);
}

function rowOf(id: string, centreId: string, body: CreateOutreachScheduleBody, version: number): ScheduleRow {
  return {
    id,
    centreId,
    outreachPointId: body.outreachPointId,
    rule: body.rule as ScheduleRow['rule'],
    startTime: body.startTime,
    endTime: body.endTime,
    validFrom: body.validFrom,
    validUntil: body.validUntil ?? null,
    exceptions: [...new Set(body.exceptions)].sort(),
    staffIds: body.staffIds,
    kitId: body.kitId,
    active: body.active,
    version,
  };
}

export async function listOutreachSchedules(db: Db, actor: Actor): Promise<OutreachSchedule[]> {
  return (await listSchedules(db, centreOf(actor))).map(presentSchedule);
}

/** A head sets up a recurring outreach schedule; its sessions for the coming weeks appear at once. */
export async function createOutreachSchedule(
  db: Db,
  actor: Actor,
  body: CreateOutreachScheduleBody,
  today: IsoDate = civilDateIn(new Date()),
): Promise<OutreachSchedule> {
  const centreId = centreOf(actor, 'head');
  return inTransaction(db, async (tx) => {
    await checkSchedule(tx, centreId, body);
    const row = rowOf(uuidv7(), centreId, body, 1);
    await insertSchedule(tx, row);
    await expandSchedule(tx, row, today);
    await audit(tx, actor, 'outreach.schedule_created', { type: 'outreach_schedule', id: row.id, centreId });
    return presentSchedule(row);
  });
}

/** A head changes a schedule; its future sessions follow (see `expandSchedule`). */
export async function changeOutreachSchedule(
  db: Db,
  actor: Actor,
  id: string,
  body: ChangeOutreachScheduleBody,
  today: IsoDate = civilDateIn(new Date()),
): Promise<OutreachSchedule> {
  return inTransaction(db, async (tx) => {
    const existing = await findSchedule(tx, id);
    assertSameCentre(actor, existing?.centreId);
    assertRole(actor, 'head');
    await checkSchedule(tx, existing!.centreId, body);
    const row = rowOf(id, existing!.centreId, body, body.version + 1);
    if (!(await updateSchedule(tx, row, body.version))) throw problem('conflict');
    await expandSchedule(tx, row, today);
    await audit(tx, actor, 'outreach.schedule_changed', {
      type: 'outreach_schedule',
      id,
      centreId: row.centreId,
    });
    return presentSchedule(row);
  });
}

async function present(db: Db, rows: SessionRow[]): Promise<OutreachSession[]> {
  const crews = await crewOf(db, { sessionIds: rows.map((r) => r.id) });
  return rows.map((r) => presentSession(r, crews.get(r.id) ?? []));
}

/** Sessions of a period (the board's outreach column). */
export async function listOutreachSessions(
  db: Db,
  actor: Actor,
  query: { from: string; to: string; outreachPointId?: string | undefined },
): Promise<OutreachSession[]> {
  const centreId = centreOf(actor);
  assertDayRange(query.from, query.to, 92);
  return present(db, await listSessions(db, centreId, query));
}

export async function getOutreachSession(db: Db, actor: Actor, id: string): Promise<OutreachSession> {
  const session = await findSession(db, id);
  assertSameCentre(actor, session?.centreId);
  return (await present(db, [session!]))[0]!;
}

/**
 * A head cancels one session (the culture house is closed that day). A session with people booked
 * is refused until their visits are moved or cancelled, so nobody is left without a notice.
 */
export async function cancelOutreachSession(
  db: Db,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<OutreachSession> {
  return inTransaction(db, async (tx) => {
    const session = await findSession(tx, id);
    assertSameCentre(actor, session?.centreId);
    assertRole(actor, 'head');
    if (session!.bookings > 0) throw problem('outreach.session_busy');
    if (session!.status === 'planned') {
      await cancelSessionRow(tx, id, reason);
      await releaseBookings(tx, { sessionId: id });
      await touchPlan(tx, session!.centreId, session!.day);
      await audit(tx, actor, 'outreach.session_cancelled', {
        type: 'outreach_session',
        id,
        centreId: session!.centreId,
      });
    }
    return (await present(tx, [(await findSession(tx, id))!]))[0]!;
  });
}
