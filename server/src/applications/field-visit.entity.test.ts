import { describe, expect, it } from 'vitest';
import {
  civilDateIn,
  DEFAULT_CALENDAR_SETTINGS,
  nextWorkingDay,
  type PulledChange,
  uuidv7,
} from '@valiza/domain';
import { recordChange } from '../sync/change-log.js';
import { pullAs, registerDevice, type DeviceClient } from '../test/device-client.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE } from '../test/intake-factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { plannedVisitForDevices } from '../test/field-plan-fixtures.js';
import { useTestDatabase } from '../test/test-db.js';

const day = nextWorkingDay(civilDateIn(new Date()), DEFAULT_CALENDAR_SETTINGS);

describe('what the field holds offline for its visits', () => {
  const t = useTestDatabase();

  const pull = (device: DeviceClient, checkpoint?: string) => pullAs(device, checkpoint, t.db);
  const of = (changes: PulledChange[], entity: string) => changes.filter((c) => c.entity === entity);

  it('pulls the applicants and requests of approved visits, the catalogue, the categories and the public address', async () => {
    const { device, idleDevice, head, requestId, visit } = await plannedVisitForDevices(t.handle, day, {
      publicUrl: 'https://cnap.example.gov.ua',
    });
    const before = await pull(device);
    expect(before.device.publicUrl).toBe('https://cnap.example.gov.ua');
    expect(of(before.changes, 'field_visit')).toEqual([]);
    expect(of(before.changes, 'service')).toHaveLength(1);
    expect(of(before.changes, 'category').length).toBeGreaterThan(0);

    const plan = (await head.get(`/api/v1/plans/${day}`)).json();
    const approved = await head.post('/api/v1/plans/approve', {
      from: day,
      to: day,
      versions: { [day]: plan.version },
      kitNotReadyReason: 'Перевірка вранці',
    });
    expect(approved.statusCode).toBe(200);
    const after = await pull(device, before.checkpoint);
    const [fieldVisit] = of(after.changes, 'field_visit');
    expect(fieldVisit).toMatchObject({
      id: visit.id,
      op: 'upsert',
      data: {
        visitId: visit.id,
        requestId,
        applicant: { phones: ['+380671234567'] },
        place: { kind: 'home', intercom: '12', accessNotes: 'Собака у дворі' },
      },
    });
    expect((fieldVisit as { data: { services: unknown[] } }).data.services).toHaveLength(1);
    const idleView = await pull(idleDevice, before.checkpoint);
    expect(of(idleView.changes, 'field_visit')).toEqual([
      { entity: 'field_visit', id: visit.id, op: 'delete' },
    ]);
    expect(of((await pull(idleDevice)).changes, 'field_visit')).toEqual([]);

    const created = await head.post('/api/v1/services', { ...FREE_SERVICE, code: 'NEW-1' });
    expect(created.statusCode).toBe(201);
    const later = await pull(device, after.checkpoint);
    expect(of(later.changes, 'service').map((c) => c.id)).toEqual([created.json().id]);
  });

  it('sends a visit again when the office corrects its applicant or request after approval, to that centre’s planned devices only', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const other = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, kam.administrator);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    const unplanned = await makeEligibleRequest(t.db, kam.centre);
    const foreign = await makeEligibleRequest(t.db, other.centre);
    const visit = (
      await head.post('/api/v1/visits', {
        kind: 'home',
        requestId,
        day,
        startTime: '10:00',
        endTime: '11:00',
        staffIds: [kam.administrator.actor.personId],
        kitId: kam.centre.kitId,
      })
    ).json();
    const plan = (await head.get(`/api/v1/plans/${day}`)).json();
    await head.post('/api/v1/plans/approve', {
      from: day,
      to: day,
      versions: { [day]: plan.version },
      kitNotReadyReason: 'Перевірка вранці',
    });
    const approved = await pull(device);
    expect(of(approved.changes, 'field_visit').map((c) => c.id)).toEqual([visit.id]);

    const applicantOf = async (id: string) =>
      (
        await t.db
          .selectFrom('requests')
          .select('applicant_id')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).applicant_id;
    const correct = async (session: typeof operator, id: string, phone: string) => {
      const card = (await session.get(`/api/v1/applicants/${id}`)).json();
      const a = card.applicant;
      const response = await session.put(`/api/v1/applicants/${id}`, {
        version: a.version,
        fullName: a.fullName,
        birthDate: a.birthDate,
        phones: [phone],
        registeredInCommunity: a.registeredInCommunity,
      });
      expect(response.statusCode).toBe(200);
    };
    await correct(operator, await applicantOf(requestId), '+380501112233');
    await correct(operator, await applicantOf(unplanned.requestId), '+380504445566');
    await correct(
      await signIn(app, other.operator.login, TEST_PASSWORD),
      await applicantOf(foreign.requestId),
      '+380507778899',
    );
    const corrected = await pull(device, approved.checkpoint);
    expect(corrected.reset).toBe(false);
    expect(of(corrected.changes, 'field_visit')).toEqual([
      expect.objectContaining({
        id: visit.id,
        op: 'upsert',
        data: expect.objectContaining({ applicant: expect.objectContaining({ phones: ['+380501112233'] }) }),
      }),
    ]);
    expect(JSON.stringify(corrected.changes)).not.toMatch(/\+380504445566|\+380507778899/);

    // The request's access notes, as the office's correction of the request leaves them.
    await t.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('requests')
        .set({ access_notes: 'Код хвіртки 45' })
        .where('id', '=', requestId)
        .execute();
      await recordChange(tx, {
        centreId: kam.centre.id,
        entity: 'request',
        entityId: requestId,
        op: 'upsert',
      });
      await recordChange(tx, {
        centreId: kam.centre.id,
        entity: 'request',
        entityId: unplanned.requestId,
        op: 'upsert',
      });
    });
    const notes = await pull(device, corrected.checkpoint);
    expect(of(notes.changes, 'field_visit')).toEqual([
      expect.objectContaining({
        id: visit.id,
        data: expect.objectContaining({ place: expect.objectContaining({ accessNotes: 'Код хвіртки 45' }) }),
      }),
    ]);
    expect(of((await pull(device, notes.checkpoint)).changes, 'field_visit')).toEqual([]);
  });

  it('tells a newly registered device the public address', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle, { config: { publicUrl: 'https://cnap.example.gov.ua' } });
    const session = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    const response = await session.post('/api/v1/devices', { id: uuidv7(), label: 'Chromium' });
    expect(response.json().publicUrl).toBe('https://cnap.example.gov.ua');
  });
});
