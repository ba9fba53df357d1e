import { describe, expect, it } from 'vitest';
import { instantAt, uuidv7 } from '@valiza/domain';
import { sql } from 'kysely';
import { createRequest } from '../requests/request.service.js';
import { intakeBody } from '../test/intake-factories.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { chainPending } from './logbook-ingest.js';
import {
  correctEvent,
  forwardEntry,
  recordDecision,
  recordDelivery,
  recordResult,
  reviewRefusal,
} from './logbook-events.service.js';
import { listLogbook, logbookDashboard, logbookEntry } from './logbook-read.service.js';
import { listRefusals } from './refusals.service.js';

// Friday 20 November 2026, 10:00 Kyiv: forward by Monday 23rd.
const friday = instantAt('2026-11-20', '10:00');
const monday = (time: string) => instantAt('2026-11-23', time);

describe('the logbook of a centre', () => {
  const t = useTestDatabase();

  it('chains a registered application and shows its deadlines from the centre calendar', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const page = await listLogbook(t.db, c.head.actor, { limit: 50 }, monday('09:00'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: app.id,
      number: app.number,
      status: 'registered',
      forwardBy: '2026-11-23',
      providerDue: '2026-11-23', // the service's own term: one working day
      overdue: null,
      applicantName: 'Коваленко Петро Іванович',
    });
    const chained = await t.db
      .selectFrom('logbook_chain')
      .select(['seq', 'kind'])
      .where('ref_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(chained.kind).toBe('entry');
  });

  it('records forwarding, decision, result (with a text message) and delivery as events', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('18:00');
    const actor = c.administrator.actor;
    await forwardEntry(
      t.db,
      actor,
      app.id,
      { occurredAt: monday('09:00').toISOString(), method: 'e_registry' },
      now,
    );
    await recordDecision(
      t.db,
      actor,
      app.id,
      { occurredAt: monday('12:00').toISOString(), decision: 'granted' },
      now,
    );
    await recordResult(t.db, actor, app.id, { occurredAt: monday('13:00').toISOString() }, now);
    const { entry } = await recordDelivery(
      t.db,
      actor,
      app.id,
      { occurredAt: monday('15:00').toISOString(), method: 'post', trackingNumber: '0500012345678' },
      now,
    );
    expect(entry).toMatchObject({ status: 'delivered', decision: 'granted', deliveryMethod: 'post' });
    expect(entry.events.map((e) => e.kind)).toEqual([
      'forwarded',
      'decision',
      'result_received',
      'delivered',
    ]);
    expect(entry.events[3]!.content).toMatchObject({ trackingNumber: '0500012345678' });
    const sms = await t.db
      .selectFrom('sms_outbox')
      .select(['kind', 'body'])
      .where('centre_id', '=', c.centre.id)
      .execute();
    expect(sms).toEqual([{ kind: 'result_ready', body: expect.stringContaining(app.number) }]);
    const links = await t.db
      .selectFrom('logbook_chain')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('centre_id', '=', c.centre.id)
      .executeTakeFirstOrThrow();
    expect(Number(links.n)).toBe(5);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', app.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'logbook.forwarded',
        'logbook.decision',
        'logbook.result_received',
        'logbook.delivered',
      ]),
    );
  });

  it('refuses steps out of order, dates before receipt or in the future, and foreign applications', async () => {
    const c = await makeLogbookCentre(t.db);
    const other = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('10:00');
    const a = c.administrator.actor;
    await expect(
      forwardEntry(
        t.db,
        a,
        app.id,
        { occurredAt: instantAt('2026-11-20', '09:00').toISOString(), method: 'email' },
        now,
      ),
    ).rejects.toMatchObject({ code: 'logbook.before_receipt' });
    await expect(
      forwardEntry(t.db, a, app.id, { occurredAt: monday('12:00').toISOString(), method: 'email' }, now),
    ).rejects.toMatchObject({ code: 'logbook.future_date' });
    await expect(
      recordDelivery(t.db, a, app.id, { occurredAt: monday('09:00').toISOString(), method: 'pickup' }, now),
    ).rejects.toMatchObject({ code: 'logbook.delivery_before_decision' });
    await expect(
      recordDecision(
        t.db,
        other.head.actor,
        app.id,
        { occurredAt: monday('09:00').toISOString(), decision: 'granted' },
        now,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(logbookEntry(t.db, other.head.actor, app.id)).rejects.toMatchObject({ code: 'not_found' });
    await forwardEntry(t.db, a, app.id, { occurredAt: monday('09:00').toISOString(), method: 'email' }, now);
    await expect(
      forwardEntry(t.db, a, app.id, { occurredAt: monday('09:30').toISOString(), method: 'email' }, now),
    ).rejects.toMatchObject({ code: 'logbook.already_recorded' });
    const events = await t.db
      .selectFrom('logbook_events')
      .select('id')
      .where('application_id', '=', app.id)
      .execute();
    expect(events).toHaveLength(1);
  });

  it('lets only one of two simultaneous forwardings through', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    await chainPending(t.db, c.centre.id);
    const now = monday('10:00');
    const body = { occurredAt: monday('09:00').toISOString(), method: 'courier' as const };
    const results = await Promise.allSettled([
      forwardEntry(t.db, c.administrator.actor, app.id, body, now),
      forwardEntry(t.db, c.operator.actor, app.id, body, now),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'logbook.already_recorded' },
    });
  });

  it('keeps one unbroken chain while several applications of a centre are worked at once', async () => {
    const c = await makeLogbookCentre(t.db);
    const apps = await Promise.all(
      [1, 2, 3, 4].map(() => registerApplication(t.db, c, { receivedAt: friday })),
    );
    await chainPending(t.db, c.centre.id);
    const now = monday('10:00');
    await Promise.all(
      apps.map((app) =>
        forwardEntry(
          t.db,
          c.administrator.actor,
          app.id,
          { occurredAt: monday('09:00').toISOString(), method: 'email' },
          now,
        ),
      ),
    );
    const links = await t.db
      .selectFrom('logbook_chain')
      .select(['seq', 'prev_hash', 'chain_hash'])
      .where('centre_id', '=', c.centre.id)
      .orderBy('seq')
      .execute();
    expect(links.map((l) => Number(l.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    links.slice(1).forEach((l, i) => expect(l.prev_hash).toBe(links[i]!.chain_hash));
  });

  it('shows the morning dashboard: due today, late to forward, late at the provider', async () => {
    const c = await makeLogbookCentre(t.db);
    const dueToday = await registerApplication(t.db, c, { receivedAt: friday });
    const late = await registerApplication(t.db, c, { receivedAt: instantAt('2026-11-18', '10:00') });
    const atProvider = await registerApplication(t.db, c, { receivedAt: instantAt('2026-11-17', '10:00') });
    await forwardEntry(
      t.db,
      c.head.actor,
      atProvider.id,
      { occurredAt: instantAt('2026-11-18', '09:00').toISOString(), method: 'e_registry' },
      instantAt('2026-11-18', '10:00'),
    );
    const board = await logbookDashboard(t.db, c.head.actor, monday('08:00'));
    expect(board.today).toBe('2026-11-23');
    expect(board.dueToday.map((l) => l.id)).toEqual([dueToday.id]);
    expect(board.overdueForward.map((l) => l.id)).toEqual([late.id]);
    expect(board.overdueProvider.map((l) => l.id)).toEqual([atProvider.id]);
    const overdue = await listLogbook(t.db, c.head.actor, { limit: 50, overdue: 'any' }, monday('08:00'));
    expect(overdue.items.map((l) => l.id).sort()).toEqual([late.id, atProvider.id].sort());
  });

  it('pages through the logbook with a cursor and filters by status', async () => {
    const c = await makeLogbookCentre(t.db);
    for (let i = 0; i < 5; i++)
      await registerApplication(t.db, c, { receivedAt: new Date(friday.getTime() + i * 60_000) });
    const first = await listLogbook(t.db, c.head.actor, { limit: 2 });
    const second = await listLogbook(t.db, c.head.actor, { limit: 2, cursor: first.nextCursor! });
    const third = await listLogbook(t.db, c.head.actor, { limit: 2, cursor: second.nextCursor! });
    const ids = [...first.items, ...second.items, ...third.items].map((l) => l.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    const forwarded = await listLogbook(t.db, c.head.actor, { limit: 10, status: 'forwarded' });
    expect(forwarded.items).toEqual([]);
    await expect(listLogbook(t.db, c.head.actor, { limit: 2, cursor: 'nonsense' })).rejects.toMatchObject({
      code: 'validation.failed',
    });
  });

  it('lists refusals and records the head’s review', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('18:00');
    await forwardEntry(
      t.db,
      c.head.actor,
      app.id,
      { occurredAt: monday('09:00').toISOString(), method: 'email' },
      now,
    );
    await recordDecision(
      t.db,
      c.head.actor,
      app.id,
      {
        occurredAt: monday('11:00').toISOString(),
        decision: 'refused',
        reason: 'Немає довідки <b>про склад сім’ї</b>',
      },
      now,
    );
    const [refusal] = await listRefusals(t.db, c.head.actor, { reviewed: 'no' }, now);
    expect(refusal).toMatchObject({
      id: app.id,
      reason: 'Немає довідки <b>про склад сім’ї</b>',
      review: null,
    });
    await expect(
      reviewRefusal(t.db, c.operator.actor, app.id, { justified: false, actions: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await reviewRefusal(t.db, c.head.actor, app.id, {
      justified: false,
      actions: 'Довідку не вимагає закон; звернулися до суб’єкта надання.',
    });
    const [reviewed] = await listRefusals(t.db, c.head.actor, { reviewed: 'yes' }, now);
    expect(reviewed!.review).toMatchObject({ justified: false });
  });

  it('corrects a step with a new event that points to the old one', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('18:00');
    const entry = await forwardEntry(
      t.db,
      c.head.actor,
      app.id,
      { occurredAt: monday('09:00').toISOString(), method: 'email' },
      now,
    );
    const forwarded = entry.events[0]!;
    const corrected = await correctEvent(
      t.db,
      c.head.actor,
      app.id,
      forwarded.id,
      {
        occurredAt: monday('10:00').toISOString(),
        content: { method: 'courier' },
        reason: 'Передано кур’єром',
      },
      now,
    );
    expect(corrected.events).toHaveLength(2);
    expect(corrected.events[1]).toMatchObject({ correctsId: forwarded.id, content: { method: 'courier' } });
    expect(corrected.forwardedAt).toBe(monday('10:00').toISOString());
  });

  it('makes a visit request for a repeat visit, and refuses one without the original request', async () => {
    const c = await makeLogbookCentre(t.db);
    const requestId = await createRequest(
      t.db,
      c.operator.actor,
      intakeBody(c, { decision: { outcome: 'eligible' } }),
    );
    const request = await t.db
      .selectFrom('requests')
      .select('applicant_id')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    const withRequest = await registerApplication(t.db, c, {
      receivedAt: friday,
      requestId,
      applicantId: request.applicant_id,
    });
    const without = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('18:00');
    for (const id of [withRequest.id, without.id]) {
      await forwardEntry(
        t.db,
        c.operator.actor,
        id,
        { occurredAt: monday('09:00').toISOString(), method: 'email' },
        now,
      );
      await recordDecision(
        t.db,
        c.operator.actor,
        id,
        { occurredAt: monday('10:00').toISOString(), decision: 'granted' },
        now,
      );
    }
    const delivery = { occurredAt: monday('11:00').toISOString(), method: 'repeat_visit' as const };
    await expect(recordDelivery(t.db, c.operator.actor, without.id, delivery, now)).rejects.toMatchObject({
      code: 'logbook.repeat_visit_needs_request',
    });
    const answer = await recordDelivery(t.db, c.operator.actor, withRequest.id, delivery, now);
    expect(answer.requestId).not.toBeNull();
    const made = await t.db
      .selectFrom('requests')
      .select(['state', 'applicant_id'])
      .where('id', '=', answer.requestId!)
      .executeTakeFirstOrThrow();
    expect(made).toEqual({ state: 'eligible', applicant_id: request.applicant_id });
  });

  it('refuses to update or delete events and links in the database', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    await forwardEntry(
      t.db,
      c.head.actor,
      app.id,
      { occurredAt: monday('09:00').toISOString(), method: 'email' },
      monday('10:00'),
    );
    await expect(
      sql`UPDATE logbook_events SET content = '{}' WHERE application_id = ${app.id}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM logbook_chain WHERE ref_id = ${app.id}`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    expect(uuidv7()).toBeTruthy();
  });
});
