import { describe, expect, it } from 'vitest';
import {
  civilDateIn,
  DEFAULT_CALENDAR_SETTINGS,
  nextWorkingDay,
  type PulledChange,
  type PullResponse,
  uuidv7,
} from '@valiza/domain';
import { awaitChangeHorizon } from '../test/change-log-horizon.js';
import { registerDevice, type DeviceClient } from '../test/device-client.js';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE } from '../test/intake-factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

const day = nextWorkingDay(civilDateIn(new Date()), DEFAULT_CALENDAR_SETTINGS);

describe('what the field holds offline for its visits', () => {
  const t = useTestDatabase();

  async function pull(device: DeviceClient, checkpoint?: string): Promise<PullResponse> {
    await awaitChangeHorizon(t.db);
    const response = await device.get(`/api/v1/sync/pull${checkpoint ? `?checkpoint=${checkpoint}` : ''}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }
  const of = (changes: PulledChange[], entity: string) => changes.filter((c) => c.entity === entity);

  it('pulls the applicants and requests of approved visits, the catalogue, the categories and the public address', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const idle = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    const app = await testApp(t.handle, { config: { publicUrl: 'https://cnap.example.gov.ua' } });
    const device = await registerDevice(app, kam.administrator);
    const idleDevice = await registerDevice(app, idle);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
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

  it('tells a newly registered device the public address', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle, { config: { publicUrl: 'https://cnap.example.gov.ua' } });
    const session = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    const response = await session.post('/api/v1/devices', { id: uuidv7(), label: 'Chromium' });
    expect(response.json().publicUrl).toBe('https://cnap.example.gov.ua');
  });
});
