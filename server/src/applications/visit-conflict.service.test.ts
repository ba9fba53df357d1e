import { describe, expect, it } from 'vitest';
import { addDays, type ProblemError } from '@valiza/domain';
import {
  describeDeviceBlocks,
  ensureDeviceBlocks,
} from '../application-numbers/application-number.service.js';
import { transitionRequest } from '../requests/request-lifecycle.js';
import { cancelVisit } from '../scheduling/visit.service.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { applyCommand } from '../sync/push.service.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { registration, visitCommand } from '../test/visit-commands.js';
import { makePlannedVisit } from '../test/visit-fixtures.js';
import { listVisitConflicts, resolveVisitConflict } from './visit-conflict.service.js';

describe('the head resolves a visit conflict', () => {
  const t = useTestDatabase();

  /** A centre whose administrator registered an application at a planned visit of today. */
  async function fieldWork() {
    const staff = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, staff.administrator);
    const actor = device.actor as DeviceActor;
    await ensureDeviceBlocks(t.db, actor, device, { numberBlockSize: 50, numberReserve: 60 });
    const [block] = await describeDeviceBlocks(t.db, device);
    const visit = await makePlannedVisit(t.db, staff.centre);
    const application = registration(visit, { year: block!.year, value: block!.first });
    const push = (type: string, payload: Record<string, unknown>) =>
      applyCommand(t.db, actor, visitCommand(type, payload), { locale: 'uk' });
    const finish = (outcome: string, cancelReason?: string) =>
      push('visit.finish', {
        visitId: visit.visitId,
        outcome,
        ...(cancelReason ? { cancelReason } : {}),
        finishedAt: new Date().toISOString(),
      });
    return { ...staff, visit, application, push, finish };
  }

  const request = (id: string) =>
    t.db
      .selectFrom('requests')
      .select(['state', 'planned_date', 'cancel_reason', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const visitRow = (id: string) =>
    t.db
      .selectFrom('visits')
      .select(['status', 'day', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const report = (id: string) =>
    t.db.selectFrom('visit_reports').selectAll().where('visit_id', '=', id).executeTakeFirstOrThrow();
  const applicationCount = (visitId: string) =>
    t.db
      .selectFrom('applications')
      .select('id')
      .where('visit_id', '=', visitId)
      .execute()
      .then((rows) => rows.length);
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: ProblemError) => error.code,
    );

  it('applies the field outcome to a visit the office cancelled: the request is completed after all', async () => {
    const f = await fieldWork();
    const before = await visitRow(f.visit.visitId);
    await cancelVisit(t.db, f.head.actor, f.visit.visitId, { version: before.version, reason: 'Хворіє' });
    expect((await request(f.visit.requestId)).state).toBe('eligible');
    await f.push('application.register', f.application);
    await f.finish('completed');
    expect((await report(f.visit.visitId)).conflict).toBe('visit_cancelled');

    await resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, {
      decision: 'field_outcome',
      note: 'Виїзд відбувся, заяву прийнято.',
    });
    expect((await request(f.visit.requestId)).state).toBe('completed');
    expect(await report(f.visit.visitId)).toMatchObject({
      conflict_decision: 'field_outcome',
      conflict_resolution: 'Виїзд відбувся, заяву прийнято.',
      request_state: 'completed',
      conflict_resolved_by: f.head.actor.personId,
    });
    expect(await applicationCount(f.visit.visitId)).toBe(1);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('record_id', '=', f.visit.visitId)
      .where('action', '=', 'visit.conflict_resolved')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ decision: 'field_outcome', requestFrom: 'eligible' });
    expect(await listVisitConflicts(t.db, f.head.actor, false)).toEqual([]);
    const [resolved] = await listVisitConflicts(t.db, f.head.actor, true);
    expect(resolved!.row).toMatchObject({ decision: 'field_outcome', requestState: 'completed' });
    expect(
      await code(
        resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, {
          decision: 'office_change',
          note: 'Ще раз',
        }),
      ),
    ).toBe('visits.conflict_resolved');
  });

  it('applies an absence recorded on the old day of a moved visit: no-show, and the later visit comes off the plan', async () => {
    const f = await fieldWork();
    const later = addDays(f.visit.day, 3);
    await t.db.updateTable('visits').set({ day: later }).where('id', '=', f.visit.visitId).execute();
    await t.db
      .updateTable('requests')
      .set({ planned_date: later })
      .where('id', '=', f.visit.requestId)
      .execute();
    await f.finish('cancelled', 'absent');
    expect((await report(f.visit.visitId)).conflict).toBe('visit_rescheduled');
    expect((await request(f.visit.requestId)).state).toBe('scheduled');

    await resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, {
      decision: 'field_outcome',
      note: 'Заявниці не було вдома.',
    });
    expect((await request(f.visit.requestId)).state).toBe('no_show');
    expect(await visitRow(f.visit.visitId)).toMatchObject({ status: 'cancelled', day: later });
    const taken = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('record_id', '=', f.visit.visitId)
      .where('action', '=', 'visit.cancelled')
      .execute();
    expect(taken.map((a) => a.details)).toEqual([{ day: later, byRequest: true }]);
  });

  it('keeps the office’s cancellation of the request: nothing of the field work is removed', async () => {
    const f = await fieldWork();
    const { version } = await request(f.visit.requestId);
    await transitionRequest(t.db, f.operator.actor, f.visit.requestId, {
      version,
      to: 'cancelled',
      reason: 'Родичі відвезли до ЦНАП',
      cancelledBy: 'requester',
    });
    await f.push('application.register', f.application);
    await f.finish('completed');
    expect((await report(f.visit.visitId)).conflict).toBe('visit_cancelled');

    await resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, {
      decision: 'office_change',
      note: 'Заявку скасовано правильно; заява лишається в журналі.',
    });
    expect(await request(f.visit.requestId)).toMatchObject({
      state: 'cancelled',
      cancel_reason: 'Родичі відвезли до ЦНАП',
    });
    expect(await report(f.visit.visitId)).toMatchObject({
      conflict_decision: 'office_change',
      outcome: 'completed',
      request_state: null,
    });
    expect(await applicationCount(f.visit.visitId)).toBe(1);
  });

  it('applies a field outcome over the office’s cancellation of the request, clearing who cancelled it', async () => {
    const f = await fieldWork();
    const { version } = await request(f.visit.requestId);
    await transitionRequest(t.db, f.operator.actor, f.visit.requestId, {
      version,
      to: 'cancelled',
      reason: 'Помилковий дзвінок',
      cancelledBy: 'requester',
    });
    await f.finish('completed');
    await resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, {
      decision: 'field_outcome',
      note: 'Послугу надано на місці.',
    });
    expect(await request(f.visit.requestId)).toMatchObject({ state: 'completed', cancel_reason: null });
    const history = await t.db
      .selectFrom('request_state_changes')
      .select(['from_state', 'to_state', 'reason'])
      .where('request_id', '=', f.visit.requestId)
      .orderBy('id')
      .execute();
    expect(history.at(-1)).toEqual({
      from_state: 'cancelled',
      to_state: 'completed',
      reason: 'Послугу надано на місці.',
    });
  });

  it('refuses to apply an outcome that has not arrived, or over a completed request, and changes nothing', async () => {
    const f = await fieldWork();
    await t.db.updateTable('visits').set({ status: 'cancelled' }).where('id', '=', f.visit.visitId).execute();
    await f.push('application.register', f.application);
    expect((await report(f.visit.visitId)).conflict).toBe('visit_cancelled');
    const apply = { decision: 'field_outcome' as const, note: 'Застосувати' };
    expect(await code(resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, apply))).toBe(
      'visits.conflict_no_outcome',
    );
    await f.finish('cancelled', 'declined');
    await t.db
      .updateTable('requests')
      .set({ state: 'completed' })
      .where('id', '=', f.visit.requestId)
      .execute();
    expect(await code(resolveVisitConflict(t.db, f.head.actor, f.visit.visitId, apply))).toBe(
      'requests.transition_not_allowed',
    );
    expect(await report(f.visit.visitId)).toMatchObject({
      conflict_resolved_at: null,
      conflict_decision: null,
    });
    expect((await request(f.visit.requestId)).state).toBe('completed');
  });

  it('lets only the head resolve, and answers not_found for another centre', async () => {
    const f = await fieldWork();
    await t.db.updateTable('visits').set({ status: 'cancelled' }).where('id', '=', f.visit.visitId).execute();
    await f.finish('completed');
    const keep = { decision: 'office_change' as const, note: 'Лишити' };
    expect(await code(resolveVisitConflict(t.db, f.operator.actor, f.visit.visitId, keep))).toBe('forbidden');
    const other = await makeCentreWithStaff(t.db);
    expect(await code(resolveVisitConflict(t.db, other.head.actor, f.visit.visitId, keep))).toBe('not_found');
  });
});
