import { describe, expect, it } from 'vitest';
import {
  describeDeviceBlocks,
  ensureDeviceBlocks,
} from '../application-numbers/application-number.service.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { applyCommand } from '../sync/push.service.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { pdfFile, registration, visitCommand } from '../test/visit-commands.js';
import { makePlannedVisit } from '../test/visit-fixtures.js';

describe('the applications API and the visit conflicts', () => {
  const t = useTestDatabase();

  /** A centre whose administrator registered two applications at a visit, one still missing a file. */
  async function centreWithApplications() {
    const staff = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, staff.administrator);
    const actor = device.actor as DeviceActor;
    await ensureDeviceBlocks(t.db, actor, device, { numberBlockSize: 50, numberReserve: 60 });
    const [block] = await describeDeviceBlocks(t.db, device);
    const visit = await makePlannedVisit(t.db, staff.centre);
    const file = pdfFile(2_000);
    const whole = registration(visit, { year: block!.year, value: block!.first });
    const waiting = registration(visit, { year: block!.year, value: block!.first + 1 }, file.declaration);
    const push = (type: string, payload: Record<string, unknown>, files?: (typeof file.declaration)[]) =>
      applyCommand(t.db, actor, visitCommand(type, payload, files), { locale: 'uk' });
    await push('application.register', whole);
    await push('application.register', waiting, [file.declaration]);
    const app = await testApp(t.handle);
    const as = (person: { login: string; password: string }) => signIn(app, person.login, person.password);
    return { ...staff, app, as, visit, push, whole, waiting };
  }

  it('lists the centre’s applications with whether every file arrived, for heads, administrators and operators', async () => {
    const c = await centreWithApplications();
    for (const person of [c.head, c.administrator, c.operator]) {
      const response = await (await c.as(person)).get('/api/v1/applications');
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { id: string; complete: boolean; number: string }[];
      expect(items.map((i) => [i.id, i.complete])).toEqual([
        [c.waiting.applicationId, false],
        [c.whole.applicationId, true],
      ]);
      expect(items[0]!.number).toMatch(new RegExp(`^${c.centre.code}/`));
    }
    const incomplete = await (await c.as(c.head)).get('/api/v1/applications?incomplete=true');
    expect(incomplete.json().items.map((i: { id: string }) => i.id)).toEqual([c.waiting.applicationId]);
    const paged = await (await c.as(c.head)).get('/api/v1/applications?limit=1');
    expect(paged.json().items).toHaveLength(1);
    const next = await (
      await c.as(c.head)
    ).get(`/api/v1/applications?limit=1&cursor=${paged.json().nextCursor}`);
    expect(next.json().items[0].id).toBe(c.whole.applicationId);
  });

  it('opens one application with an audit line, and answers 404 to another centre', async () => {
    const c = await centreWithApplications();
    const head = await c.as(c.head);
    const response = await head.get(`/api/v1/applications/${c.waiting.applicationId as string}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ complete: false, serviceName: expect.any(String) });
    expect(response.json().missingAttachments).toHaveLength(1);
    const views = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', c.waiting.applicationId as string)
      .where('action', '=', 'view')
      .execute();
    expect(views).toHaveLength(1);
    const other = await makeCentreWithStaff(t.db);
    const stranger = await signIn(c.app, other.head.login, other.head.password);
    expect((await stranger.get(`/api/v1/applications/${c.waiting.applicationId as string}`)).statusCode).toBe(
      404,
    );
    expect((await stranger.get('/api/v1/applications')).json().items).toEqual([]);
  });

  it('shows the head the field work the office crossed, and resolves it once with a note', async () => {
    const c = await centreWithApplications();
    await t.db.updateTable('visits').set({ status: 'cancelled' }).where('id', '=', c.visit.visitId).execute();
    await c.push('visit.finish', {
      visitId: c.visit.visitId,
      outcome: 'completed',
      finishedAt: new Date().toISOString(),
    });
    const head = await c.as(c.head);
    const list = await head.get('/api/v1/visit-conflicts');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({
      visitId: c.visit.visitId,
      conflict: 'visit_cancelled',
      outcome: 'completed',
    });
    expect(list.json().items[0].applications).toHaveLength(2);
    expect((await (await c.as(c.operator)).get('/api/v1/visit-conflicts')).statusCode).toBe(403);
    const url = `/api/v1/visit-conflicts/${c.visit.visitId}/resolve`;
    expect((await head.post(url, { note: 'Без рішення' })).statusCode).toBe(400);
    const resolved = await head.post(url, {
      decision: 'field_outcome',
      note: 'Виїзд відбувся, заяви прийнято.',
    });
    expect(resolved.statusCode).toBe(200);
    expect((await head.post(url, { decision: 'office_change', note: 'Ще раз' })).statusCode).toBe(409);
    expect((await head.get('/api/v1/visit-conflicts')).json().items).toEqual([]);
    const all = await head.get('/api/v1/visit-conflicts?state=all');
    expect(all.json().items[0]).toMatchObject({
      resolution: 'Виїзд відбувся, заяви прийнято.',
      decision: 'field_outcome',
      requestState: 'completed',
      visitStatus: 'cancelled',
    });
    expect((await head.get('/api/v1/applications')).json().items).toHaveLength(2);
  });
});
