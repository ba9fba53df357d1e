import { describe, expect, it } from 'vitest';
import { registerDevice, type DeviceClient } from '../test/device-client.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { deviceReportCommand } from '../test/sync-commands.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('push', () => {
  const t = useTestDatabase();

  async function fieldDevice() {
    const staff = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, staff.administrator);
    return { ...staff, app, device };
  }

  const push = async (device: DeviceClient, commands: unknown[]) => {
    const response = await device.post('/api/v1/sync/push', { commands });
    expect(response.statusCode).toBe(200);
    return response.json().results as {
      id: string;
      status: string;
      result?: unknown;
      error?: { code: string; details: { path: string }[] };
    }[];
  };

  const reportsOf = (deviceId: string) =>
    t.db.selectFrom('device_reports').selectAll().where('device_id', '=', deviceId).execute();

  it('applies a command once and answers an identical resend with the same stored result', async () => {
    const { device } = await fieldDevice();
    const command = deviceReportCommand({ unsentCommands: 4 });
    const [first] = await push(device, [command]);
    expect(first).toMatchObject({ id: command.id, status: 'applied', result: { reportId: command.id } });
    const [again] = await push(device, [command]);
    expect(again).toEqual({ id: command.id, status: 'duplicate', result: first!.result });
    expect(await reportsOf(device.deviceId)).toHaveLength(1);
    const stored = await t.db
      .selectFrom('sync_commands')
      .selectAll()
      .where('id', '=', command.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ device_id: device.deviceId, type: 'device.report', format_version: 2 });
    expect(stored.payload_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.device_time.toISOString()).toBe(command.deviceTime);
  });

  it('shows the latest report by the device’s clock in the device list, whatever the order of arrival', async () => {
    const { app, device, head } = await fieldDevice();
    const newer = deviceReportCommand({ unsentCommands: 5, deviceTime: '2026-03-02T10:00:00.000Z' });
    const older = deviceReportCommand({ unsentCommands: 9, deviceTime: '2026-03-02T09:00:00.000Z' });
    await push(device, [newer]);
    await push(device, [older]);
    const headClient = await signIn(app, head.login, TEST_PASSWORD);
    const listed = (await headClient.get('/api/v1/devices')).json().items[0];
    expect(listed.lastReport).toMatchObject({
      reportedAt: '2026-03-02T10:00:00.000Z',
      appVersion: '1.4.0',
      unsentCommands: 5,
      unsentAttachments: 2,
      storagePersisted: true,
    });
  });

  it('refuses the same id with other content as sync.id_conflict and keeps the first', async () => {
    const { device } = await fieldDevice();
    const command = deviceReportCommand({ unsentCommands: 1 });
    await push(device, [command]);
    const [changed] = await push(device, [
      { ...command, payload: { ...command.payload, unsentCommands: 9 } },
    ]);
    expect(changed).toMatchObject({ status: 'rejected', error: { code: 'sync.id_conflict' } });
    expect((await reportsOf(device.deviceId)).map((r) => r.unsent_commands)).toEqual([1]);
  });

  it('never answers another device’s stored result, in its centre or in another', async () => {
    const { app, device, operator } = await fieldDevice();
    const colleague = await registerDevice(app, operator);
    const strangers = await makeCentreWithStaff(t.db);
    const stranger = await registerDevice(app, strangers.administrator);
    const command = deviceReportCommand();
    await push(device, [command]);
    for (const other of [colleague, stranger]) {
      const [answer] = await push(other, [command]);
      expect(answer).toMatchObject({ status: 'rejected', error: { code: 'sync.id_conflict' } });
      expect(answer).not.toHaveProperty('result');
    }
  });

  it('answers an invalid payload per command, with details, and stores nothing for it', async () => {
    const { device } = await fieldDevice();
    const bad = deviceReportCommand();
    const good = deviceReportCommand();
    const results = await push(device, [{ ...bad, payload: { ...bad.payload, unsentCommands: -1 } }, good]);
    expect(results[0]).toMatchObject({ status: 'invalid', error: { code: 'validation.failed' } });
    expect(results[0]!.error!.details.map((d) => d.path)).toEqual(['payload.unsentCommands']);
    expect(results[1]).toMatchObject({ status: 'applied' });
    const [fixed] = await push(device, [bad]);
    expect(fixed!.status).toBe('applied');
  });

  it('answers a version or a type it does not know as invalid, and upgrades the previous version', async () => {
    const { device } = await fieldDevice();
    const future = deviceReportCommand({ formatVersion: 3 });
    const unknown = deviceReportCommand({ type: 'device.dance' });
    const old = deviceReportCommand({ formatVersion: 1 });
    const current = deviceReportCommand({ formatVersion: 2 });
    const results = await push(device, [future, unknown, old, current]);
    expect(results.map((r) => r.error?.code ?? r.status)).toEqual([
      'sync.unsupported_version',
      'sync.unknown_type',
      'applied',
      'applied',
    ]);
    const rows = await reportsOf(device.deviceId);
    expect(rows.find((r) => r.id === old.id)?.storage_persisted).toBeNull();
    expect(rows.find((r) => r.id === current.id)?.storage_persisted).toBe(true);
  });

  it('refuses a v1 payload carrying the v2 field and a command declaring files twice', async () => {
    const { device } = await fieldDevice();
    const v1 = deviceReportCommand({ formatVersion: 1 });
    const [answer] = await push(device, [{ ...v1, payload: { ...v1.payload, storagePersisted: true } }]);
    expect(answer).toMatchObject({ status: 'invalid', error: { code: 'validation.failed' } });
    const file = { id: v1.id, sha256: 'a'.repeat(64), size: 10, mediaType: 'image/png' };
    const twice = await device.post('/api/v1/sync/push', {
      commands: [{ ...deviceReportCommand(), attachments: [file, file] }],
    });
    expect(twice.json().error.code).toBe('validation.failed');
  });

  it('takes pushes only from a device credential and at most 100 commands at once', async () => {
    const { app, administrator, device } = await fieldDevice();
    const session = await signIn(app, administrator.login, TEST_PASSWORD);
    const fromSession = await session.post('/api/v1/sync/push', { commands: [deviceReportCommand()] });
    expect(fromSession.json().error.code).toBe('device.required');
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      payload: { commands: [deviceReportCommand()] },
    });
    expect(anonymous.statusCode).toBe(401);
    const many = Array.from({ length: 101 }, () => deviceReportCommand());
    expect((await device.post('/api/v1/sync/push', { commands: many })).json().error.code).toBe(
      'validation.failed',
    );
  });

  it('applies each command once when several copies of a batch arrive at the same moment', async () => {
    const { device } = await fieldDevice();
    const batch = Array.from({ length: 20 }, (_, i) => deviceReportCommand({ unsentCommands: i }));
    const answers = await Promise.all(Array.from({ length: 5 }, () => push(device, batch)));
    for (const [i, command] of batch.entries()) {
      const copies = answers.map((a) => a[i]!);
      expect(copies.filter((c) => c.status === 'applied')).toHaveLength(1);
      expect(copies.filter((c) => c.status === 'duplicate')).toHaveLength(4);
      expect(new Set(copies.map((c) => JSON.stringify(c.result))).size).toBe(1);
      expect(copies.every((c) => c.id === command.id)).toBe(true);
    }
    const rows = await reportsOf(device.deviceId);
    expect(rows.map((r) => r.unsent_commands).sort((a, b) => a - b)).toEqual(batch.map((_, i) => i));
  });

  it('is described, with pull, import and devices, in the OpenAPI document', async () => {
    const app = await testApp(t.handle);
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/v1/sync/push', '/api/v1/sync/pull', '/api/v1/sync/import', '/api/v1/devices'])
      expect(document.paths).toHaveProperty([path]);
    expect(document.components.securitySchemes.device).toMatchObject({ in: 'header', name: 'Authorization' });
  });
});
