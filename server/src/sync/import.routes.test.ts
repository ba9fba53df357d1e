import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encryptUnsentWork, type SyncCommand } from '@valiza/domain';
import { manifestComplete } from '../files/manifest.service.js';
import { registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { deviceReportCommand } from '../test/sync-commands.js';
import { signIn, testApp, type Client } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { pngFile } from '../test/tus-client.js';

const PASSPHRASE = 'ясний день над Дніпром';

/** A multipart form with the export file and the passphrase, as a browser's FormData sends it. */
function importForm(file: Buffer, passphrase: string) {
  const boundary = '----valiza-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="passphrase"\r\n\r\n${passphrase}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="unsent.valiza"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('import of unsent work', () => {
  const t = useTestDatabase();
  const roots: string[] = [];
  afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function setting() {
    const staff = await makeCentreWithStaff(t.db);
    const root = mkdtempSync(join(tmpdir(), 'valiza-import-'));
    roots.push(root);
    const app = await testApp(t.handle, {
      config: { filesDir: join(root, 'files'), uploadsDir: join(root, 'uploads') },
    });
    const device = await registerDevice(app, staff.administrator);
    const files = [pngFile(40_000), pngFile(70_000)];
    const commands: SyncCommand[] = [
      deviceReportCommand({ unsentCommands: 2, attachments: files.map((f) => f.declaration) }),
      deviceReportCommand({ formatVersion: 1, unsentCommands: 1 }),
    ];
    const parts = await encryptUnsentWork(
      {
        deviceId: device.deviceId,
        commands,
        attachments: files.map((f) => ({ ...f.declaration, bytes: f.bytes })),
      },
      PASSPHRASE,
    );
    const file = Buffer.concat(parts);
    const head = await signIn(app, staff.head.login, TEST_PASSWORD);
    return { ...staff, app, device, commands, file, head };
  }

  const send = (client: Client, file: Buffer, passphrase = PASSPHRASE) => {
    const form = importForm(file, passphrase);
    return client.request({
      method: 'POST',
      url: '/api/v1/sync/import',
      payload: form.payload,
      headers: form.headers,
    });
  };

  it('stores the files and applies the commands through the push pipeline, once however often it is imported', async () => {
    const { device, commands, file, head } = await setting();
    const first = await send(head, file);
    expect(first.statusCode).toBe(200);
    expect(first.json().attachments.map((a: { status: string }) => a.status)).toEqual(['stored', 'stored']);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    expect(await manifestComplete(t.db, 'device_report', commands[0]!.id)).toBe(true);
    const second = await send(head, file);
    expect(second.json().results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(second.json().results[0].result).toEqual(first.json().results[0].result);
    const later = await device.post('/api/v1/sync/push', { commands });
    expect(later.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    const reports = await t.db
      .selectFrom('device_reports')
      .select('id')
      .where('device_id', '=', device.deviceId)
      .execute();
    expect(reports).toHaveLength(2);
    const trail = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'sync.imported')
      .where('record_id', '=', device.deviceId)
      .execute();
    expect(trail).toHaveLength(2);
  });

  it('still brings in the work of a device revoked since, attributed to its person', async () => {
    const { administrator, device, file, head } = await setting();
    expect((await head.post(`/api/v1/devices/${device.deviceId}/revoke`)).statusCode).toBe(200);
    const answer = await send(head, file);
    expect(answer.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const row = await t.db
      .selectFrom('sync_commands')
      .select(['person_id', 'device_id'])
      .where('device_id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(administrator.actor.personId);
  });

  it('refuses a wrong passphrase, another centre’s device, and people who may not import', async () => {
    const { app, file, head, operator } = await setting();
    const wrong = await send(head, file, 'зовсім інша фраза');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'sync.export_passphrase']);
    const strangers = await makeCentreWithStaff(t.db);
    const strangerHead = await signIn(app, strangers.head.login, TEST_PASSWORD);
    expect((await send(strangerHead, file)).json().error.code).toBe('not_found');
    const colleague = await signIn(app, operator.login, TEST_PASSWORD);
    expect((await send(colleague, file)).json().error.code).toBe('forbidden');
    const notForm = await head.post('/api/v1/sync/import', { passphrase: PASSPHRASE });
    expect(notForm.json().error.code).toBe('validation.unsupported_media');
  });
});
