import { describe, expect, it } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { TEST_PASSWORD } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import {
  cancelRequest,
  markCompleted,
  markNoShow,
  markScheduled,
  markUnscheduled,
} from './request-lifecycle.js';

describe('request states', () => {
  const t = useTestDatabase();

  async function setup(decision: 'pending' | 'eligible' = 'pending') {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const created = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, { decision: { outcome: decision } }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json() as { id: string; version: number; state: string };
    const move = (body: Record<string, unknown>) =>
      operator.post(`/api/v1/requests/${request.id}/transitions`, body);
    const state = async () =>
      await t.db
        .selectFrom('requests')
        .select(['state', 'planned_date', 'version'])
        .where('id', '=', request.id)
        .executeTakeFirstOrThrow();
    return { centre, app, operator, request, move, state };
  }

  it('finds a complete request eligible, with a history line and an audit line', async () => {
    const { centre, request, move } = await setup();
    const response = await move({ version: request.version, to: 'eligible' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      state: 'eligible',
      allowedTransitions: ['rejected', 'cancelled'],
    });
    expect(response.json().history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'null>new',
      'new>eligible',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details', 'actor_id'])
      .where('record_id', '=', request.id)
      .where('action', '=', 'request.state_changed')
      .execute();
    expect(audit).toEqual([
      {
        action: 'request.state_changed',
        details: { from: 'new', to: 'eligible' },
        actor_id: centre.operator.actor.personId,
      },
    ]);
  });

  it('takes the decision with the intake itself', async () => {
    const { request } = await setup('eligible');
    expect(request.state).toBe('eligible');
  });

  it('rejects only with a reason and then lets nothing change', async () => {
    const { request, move } = await setup();
    const noReason = await move({ version: request.version, to: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details).toEqual([{ path: 'reason', code: 'required' }]);
    const rejected = await move({
      version: request.version,
      to: 'rejected',
      reason: 'Не належить до категорій',
    });
    expect(rejected.json()).toMatchObject({ state: 'rejected', decisionReason: 'Не належить до категорій' });
    for (const to of ['eligible', 'cancelled']) {
      const again = await move({ version: rejected.json().version, to, reason: 'x', cancelledBy: 'centre' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('requests.transition_not_allowed');
    }
  });

  it('cancels only saying by whom and why', async () => {
    const { request, move } = await setup();
    const missing = await move({ version: request.version, to: 'cancelled' });
    expect(missing.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'cancelledBy',
      'reason',
    ]);
    const cancelled = await move({
      version: request.version,
      to: 'cancelled',
      cancelledBy: 'requester',
      reason: 'Передумали',
    });
    expect(cancelled.json()).toMatchObject({
      state: 'cancelled',
      cancellation: { by: 'requester', reason: 'Передумали' },
    });
  });

  it('refuses a change made on a stale copy', async () => {
    const { request, move } = await setup();
    await move({ version: request.version, to: 'eligible' });
    const stale = await move({ version: request.version, to: 'rejected', reason: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('leaves scheduling, completion and no-show to planning and visits', async () => {
    const { request, move } = await setup();
    const scheduled = await move({ version: request.version, to: 'scheduled' });
    expect(scheduled.statusCode).toBe(400);
    expect(scheduled.json().error.details[0].path).toBe('to');
  });

  it('schedules, reschedules, unschedules, completes and records a no-show through the internal functions', async () => {
    const { centre, request, state } = await setup('eligible');
    const actor = centre.operator.actor;
    await inTransaction(t.db, (tx) => markScheduled(tx, actor, request.id, '2026-12-01'));
    expect(await state()).toMatchObject({ state: 'scheduled', planned_date: '2026-12-01' });
    await inTransaction(t.db, (tx) => markScheduled(tx, actor, request.id, '2026-12-03'));
    expect(await state()).toMatchObject({ state: 'scheduled', planned_date: '2026-12-03' });
    await markUnscheduled(t.db, actor, request.id);
    expect(await state()).toMatchObject({ state: 'eligible', planned_date: null });
    await markScheduled(t.db, actor, request.id, '2026-12-04');
    await markCompleted(t.db, actor, request.id);
    expect(await state()).toMatchObject({ state: 'completed', planned_date: '2026-12-04' });
    await expect(cancelRequest(t.db, actor, request.id, { by: 'centre', reason: 'x' })).rejects.toMatchObject(
      {
        code: 'requests.transition_not_allowed',
      },
    );
    const other = await setup('eligible');
    await expect(markCompleted(t.db, other.centre.operator.actor, other.request.id)).rejects.toMatchObject({
      code: 'requests.transition_not_allowed',
    });
    await markScheduled(t.db, other.centre.operator.actor, other.request.id, '2026-12-05');
    await markNoShow(t.db, other.centre.operator.actor, other.request.id, 'Нікого не було вдома');
    expect(await other.state()).toMatchObject({ state: 'no_show' });
  });

  it('cancels a scheduled request from a visit, and refuses to schedule a new one', async () => {
    const { centre, request, state } = await setup();
    const actor = centre.operator.actor;
    await expect(markScheduled(t.db, actor, request.id, '2026-12-01')).rejects.toMatchObject({
      code: 'requests.transition_not_allowed',
    });
    await expect(markScheduled(t.db, actor, request.id, '01.12.2026')).rejects.toThrow(RangeError);
    const other = await setup('eligible');
    await markScheduled(t.db, other.centre.operator.actor, other.request.id, '2026-12-01');
    await cancelRequest(t.db, other.centre.head.actor, other.request.id, {
      by: 'centre',
      reason: 'Сумнів у дієздатності',
    });
    expect(await other.state()).toMatchObject({ state: 'cancelled' });
    expect(await state()).toMatchObject({ state: 'new' });
  });

  it('lets operators and heads decide, and nobody else', async () => {
    const { centre, app, request } = await setup();
    for (const person of [centre.administrator]) {
      const client = await signIn(app, person.login, TEST_PASSWORD);
      const response = await client.post(`/api/v1/requests/${request.id}/transitions`, {
        version: request.version,
        to: 'eligible',
      });
      expect(response.statusCode).toBe(403);
    }
    const head = await signIn(app, centre.head.login, TEST_PASSWORD);
    const decided = await head.post(`/api/v1/requests/${request.id}/transitions`, {
      version: request.version,
      to: 'eligible',
    });
    expect(decided.statusCode).toBe(200);
  });
});
