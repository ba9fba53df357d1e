import { describe, expect, it } from 'vitest';
import { uuidv7, type CommandOutcome, type SyncCommand } from '@valiza/domain';
import {
  describeDeviceBlocks,
  ensureDeviceBlocks,
} from '../application-numbers/application-number.service.js';
import { insertAttachment } from '../files/attachment.repository.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { applyCommand } from '../sync/push.service.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { pdfFile, registration, visitCommand } from '../test/visit-commands.js';
import { makePlannedVisit } from '../test/visit-fixtures.js';
import { listApplications } from './application.repository.js';

describe('the commands of a visit', () => {
  const t = useTestDatabase();

  async function field() {
    const staff = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, staff.administrator);
    const actor = device.actor as DeviceActor;
    await ensureDeviceBlocks(t.db, actor, device, { numberBlockSize: 50, numberReserve: 60 });
    const [block] = await describeDeviceBlocks(t.db, device);
    let next = block!.first;
    const number = () => ({ year: block!.year, value: next++ });
    const visit = await makePlannedVisit(t.db, staff.centre);
    const push = (command: SyncCommand) => applyCommand(t.db, actor, command, { locale: 'en' });
    return { ...staff, device, actor, visit, number, push };
  }

  const requestState = async (id: string) =>
    (await t.db.selectFrom('requests').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;
  const countApplications = async (id: string) =>
    (await t.db.selectFrom('applications').select('id').where('id', '=', id).execute()).length;
  const errorCode = (outcome: CommandOutcome) => ('error' in outcome ? outcome.error.code : null);

  it('registers an application once: a resend, a copy under another command id and simultaneous copies', async () => {
    const f = await field();
    const payload = registration(f.visit, f.number());
    const command = visitCommand('application.register', payload);
    const first = await f.push(command);
    expect(first.status).toBe('applied');
    expect(await f.push(command)).toEqual({ ...first, status: 'duplicate' });
    const again = await f.push(visitCommand('application.register', payload));
    expect(again).toMatchObject({ status: 'applied', result: (first as { result: unknown }).result });
    const other = registration(f.visit, f.number());
    const copies = await Promise.all(
      [1, 2, 3].map(() => f.push(visitCommand('application.register', other))),
    );
    expect(copies.map((c) => c.status)).toEqual(['applied', 'applied', 'applied']);
    expect(new Set(copies.map((c) => JSON.stringify((c as { result: unknown }).result))).size).toBe(1);
    expect(await countApplications(payload.applicationId as string)).toBe(1);
    expect(await countApplications(other.applicationId as string)).toBe(1);
    const uses = await t.db
      .selectFrom('application_number_uses')
      .select('value')
      .where('device_id', '=', f.device.id)
      .execute();
    expect(uses).toHaveLength(2);
  });

  it('refuses the same application id with other content, a number used twice and a number of no block', async () => {
    const f = await field();
    const payload = registration(f.visit, f.number());
    await f.push(visitCommand('application.register', payload));
    const changed = await f.push(visitCommand('application.register', { ...payload, documents: [] }));
    expect(changed.status).toBe('rejected');
    expect(errorCode(changed)).toBe('applications.id_conflict');
    const reused = registration(f.visit, payload.number as { year: number; value: number });
    expect(errorCode(await f.push(visitCommand('application.register', reused)))).toBe(
      'numbers.already_used',
    );
    const stray = registration(f.visit, { year: 2026, value: 999_999 });
    expect(errorCode(await f.push(visitCommand('application.register', stray)))).toBe('numbers.not_in_block');
  });

  it("keeps another centre's records out of reach and refuses files the command does not declare", async () => {
    const f = await field();
    const other = await field();
    const foreign = registration(other.visit, f.number());
    expect(errorCode(await f.push(visitCommand('application.register', foreign)))).toBe('not_found');
    const finish = {
      visitId: other.visit.visitId,
      outcome: 'completed',
      finishedAt: new Date().toISOString(),
    };
    expect(errorCode(await f.push(visitCommand('visit.finish', finish)))).toBe('not_found');
    expect(await requestState(other.visit.requestId)).toBe('scheduled');
    const file = pdfFile(2_000);
    const undeclared = await f.push(
      visitCommand('application.register', registration(f.visit, f.number(), file.declaration)),
    );
    expect(undeclared.status).toBe('invalid');
    expect(errorCode(undeclared)).toBe('applications.attachment_undeclared');
  });

  it('counts an application as received only when every declared file arrived', async () => {
    const f = await field();
    const [a, b] = [pdfFile(3_000), pdfFile(4_000)];
    const payload = registration(f.visit, f.number(), a.declaration);
    (payload as { signatureAttachmentId: string }).signatureAttachmentId = b.declaration.id;
    await f.push(visitCommand('application.register', payload, [a.declaration, b.declaration]));
    const listed = async () =>
      (await listApplications(t.db, f.centre.id, { limit: 10, incompleteOnly: false }))[0]!.missing;
    expect(await listed()).toBe(2);
    const store = (d: typeof a.declaration) =>
      insertAttachment(t.db, {
        ...d,
        centreId: f.centre.id,
        personId: f.actor.personId,
        deviceId: f.device.id,
      });
    await store(a.declaration);
    expect(await listed()).toBe(1);
    await store(b.declaration);
    expect(await listed()).toBe(0);
  });

  it.each([
    ['completed', null, 'completed'],
    ['partly_completed', null, 'completed'],
    ['cancelled', 'absent', 'no_show'],
    ['cancelled', 'documents_missing', 'cancelled'],
    ['cancelled', 'declined', 'cancelled'],
  ])('moves the request as the outcome says: %s %s → %s', async (outcome, cancelReason, state) => {
    const f = await field();
    const result = await f.push(
      visitCommand('visit.finish', {
        visitId: f.visit.visitId,
        outcome,
        ...(cancelReason ? { cancelReason } : {}),
        finishedAt: new Date().toISOString(),
      }),
    );
    expect(result).toMatchObject({ status: 'applied', result: { requestState: state, conflict: null } });
    expect(await requestState(f.visit.requestId)).toBe(state);
  });

  it('records aggression as an incident and makes a follow-up request for what a partly completed visit left', async () => {
    const f = await field();
    const aggressive = await f.push(
      visitCommand('visit.finish', {
        visitId: f.visit.visitId,
        outcome: 'cancelled',
        cancelReason: 'aggression',
        note: 'Погрози',
        finishedAt: new Date().toISOString(),
      }),
    );
    const incidentId = (aggressive as { result: { incidentId: string } }).result.incidentId;
    const incident = await t.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incidentId)
      .executeTakeFirst();
    expect(incident).toMatchObject({
      kind: 'aggression',
      request_id: f.visit.requestId,
      visit_id: f.visit.visitId,
    });
    expect(await requestState(f.visit.requestId)).toBe('cancelled');

    const g = await field();
    const partly = await g.push(
      visitCommand('visit.finish', {
        visitId: g.visit.visitId,
        outcome: 'partly_completed',
        followUp: { serviceIds: [g.visit.serviceId] },
        finishedAt: new Date().toISOString(),
      }),
    );
    const followUpId = (partly as { result: { followUpRequestId: string } }).result.followUpRequestId;
    const followUp = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', followUpId)
      .executeTakeFirstOrThrow();
    expect(followUp).toMatchObject({
      state: 'new',
      applicant_id: g.visit.applicantId,
      centre_id: g.centre.id,
    });
    const services = await t.db
      .selectFrom('request_services')
      .select('service_id')
      .where('request_id', '=', followUpId)
      .execute();
    expect(services.map((s) => s.service_id)).toEqual([g.visit.serviceId]);
  });

  it('answers a second outcome of a visit the same when it says the same, and refuses a different one', async () => {
    const f = await field();
    const finish = { visitId: f.visit.visitId, outcome: 'completed', finishedAt: new Date().toISOString() };
    const first = await f.push(visitCommand('visit.finish', finish));
    const same = await f.push(visitCommand('visit.finish', finish));
    expect(same).toMatchObject({ status: 'applied', result: (first as { result: unknown }).result });
    const different = await f.push(
      visitCommand('visit.finish', { ...finish, outcome: 'cancelled', cancelReason: 'absent' }),
    );
    expect(errorCode(different)).toBe('visits.already_finished');
    expect(await requestState(f.visit.requestId)).toBe('completed');
  });

  it('keeps the work for a visit the office cancelled meanwhile, and flags it for the head', async () => {
    const f = await field();
    await t.db
      .updateTable('visits')
      .set({ status: 'cancelled', cancel_reason: 'Перенесено' })
      .where('id', '=', f.visit.visitId)
      .execute();
    await t.db
      .updateTable('requests')
      .set({ state: 'eligible', planned_date: null })
      .where('id', '=', f.visit.requestId)
      .execute();
    expect(
      (
        await f.push(
          visitCommand('visit.arrive', { visitId: f.visit.visitId, arrivedAt: new Date().toISOString() }),
        )
      ).status,
    ).toBe('applied');
    const payload = registration(f.visit, f.number());
    expect((await f.push(visitCommand('application.register', payload))).status).toBe('applied');
    const finished = await f.push(
      visitCommand('visit.finish', {
        visitId: f.visit.visitId,
        outcome: 'completed',
        finishedAt: new Date().toISOString(),
      }),
    );
    expect(finished).toMatchObject({
      status: 'applied',
      result: { conflict: 'visit_cancelled', requestState: null },
    });
    expect(await countApplications(payload.applicationId as string)).toBe(1);
    expect(await requestState(f.visit.requestId)).toBe('eligible');
    const report = await t.db
      .selectFrom('visit_reports')
      .selectAll()
      .where('visit_id', '=', f.visit.visitId)
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ conflict: 'visit_cancelled', outcome: 'completed' });
    expect(report.arrived_at).not.toBeNull();
  });

  it('flags work done on another day than the visit is now planned for, and a request the office closed', async () => {
    const f = await field();
    await t.db.updateTable('visits').set({ day: '2099-01-05' }).where('id', '=', f.visit.visitId).execute();
    const moved = await f.push(
      visitCommand('visit.finish', {
        visitId: f.visit.visitId,
        outcome: 'completed',
        finishedAt: new Date().toISOString(),
      }),
    );
    expect(moved).toMatchObject({ result: { conflict: 'visit_rescheduled' } });
    expect(await requestState(f.visit.requestId)).toBe('scheduled');

    const g = await field();
    await t.db
      .updateTable('requests')
      .set({ state: 'cancelled', cancelled_by: 'applicant', cancel_reason: 'Передумала' })
      .where('id', '=', g.visit.requestId)
      .execute();
    const closed = await g.push(
      visitCommand('visit.finish', {
        visitId: g.visit.visitId,
        outcome: 'completed',
        finishedAt: new Date().toISOString(),
      }),
    );
    expect(closed).toMatchObject({ result: { conflict: 'request_closed' } });
  });

  it('records a reported incident once under the id the device made', async () => {
    const f = await field();
    const report = {
      incidentId: uuidv7(),
      visitId: f.visit.visitId,
      kind: 'aggression',
      description: 'Собака без повідка, господар погрожував.',
      occurredAt: new Date().toISOString(),
    };
    expect((await f.push(visitCommand('incident.report', report))).status).toBe('applied');
    expect((await f.push(visitCommand('incident.report', report))).status).toBe('applied');
    expect(errorCode(await f.push(visitCommand('incident.report', { ...report, kind: 'other' })))).toBe(
      'incidents.id_conflict',
    );
    const rows = await t.db
      .selectFrom('incidents')
      .select('id')
      .where('id', '=', report.incidentId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it.each(['report first', 'finish first'])(
    'records one incident for a visit cancelled for aggression, keeping the description (%s)',
    async (order) => {
      const f = await field();
      const report = visitCommand('incident.report', {
        incidentId: uuidv7(),
        visitId: f.visit.visitId,
        kind: 'aggression',
        description: 'Господар погрожував сокирою.',
        occurredAt: new Date().toISOString(),
      });
      const finish = visitCommand('visit.finish', {
        visitId: f.visit.visitId,
        outcome: 'cancelled',
        cancelReason: 'aggression',
        note: 'Погрози',
        finishedAt: new Date().toISOString(),
      });
      const [first, second] = order === 'report first' ? [report, finish] : [finish, report];
      const outcomes = [await f.push(first), await f.push(second)];
      expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
      // A copy of the report under another command id adds nothing.
      expect((await f.push({ ...report, id: uuidv7() })).status).toBe('applied');
      const incidents = await t.db
        .selectFrom('incidents')
        .select(['id', 'kind', 'note'])
        .where('visit_id', '=', f.visit.visitId)
        .execute();
      expect(incidents).toHaveLength(1);
      expect(incidents[0]!.kind).toBe('aggression');
      expect(incidents[0]!.note).toContain('Господар погрожував сокирою.');
      expect(incidents[0]!.note).toContain('Погрози');
      expect(incidents[0]!.note!.split('Господар погрожував сокирою.')).toHaveLength(2);
      const ids = outcomes.map((o) => (o as { result: { incidentId: string } }).result.incidentId);
      expect(ids).toEqual([incidents[0]!.id, incidents[0]!.id]);
      const report2 = await t.db
        .selectFrom('visit_reports')
        .select('incident_id')
        .where('visit_id', '=', f.visit.visitId)
        .executeTakeFirstOrThrow();
      expect(report2.incident_id).toBe(incidents[0]!.id);
    },
  );
});
