import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { deviceReportCommand } from '../test/sync-commands.js';
import { testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { pngFile, tusClient } from '../test/tus-client.js';
import { manifestComplete, missingAttachments } from './manifest.service.js';

describe('attachment manifests', () => {
  const t = useTestDatabase();
  const roots: string[] = [];
  afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function fieldDevice() {
    const staff = await makeCentreWithStaff(t.db);
    const root = mkdtempSync(join(tmpdir(), 'valiza-manifest-'));
    roots.push(root);
    const app = await testApp(t.handle, {
      config: { filesDir: join(root, 'files'), uploadsDir: join(root, 'uploads') },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const device = await registerDevice(app, staff.administrator);
    const tus = tusClient(base, { Authorization: `Device ${device.credential}` });
    const upload = async (file: ReturnType<typeof pngFile>) => {
      expect((await tus.create(file.declaration)).status).toBe(201);
      expect((await tus.patch(file.declaration.id, 0, file.bytes)).status).toBe(204);
    };
    const missing = async () =>
      (await device.get('/api/v1/sync/pull')).json().missingAttachments as { id: string }[];
    return { ...staff, app, device, upload, missing };
  }

  it('count a record received only when every declared file arrived, and tell the device what is missing', async () => {
    const { app, device, upload, missing } = await fieldDevice();
    const [a, b] = [pngFile(20_000), pngFile(30_000)];
    const command = deviceReportCommand({ attachments: [a.declaration, b.declaration] });
    expect((await device.post('/api/v1/sync/push', { commands: [command] })).json().results[0].status).toBe(
      'applied',
    );
    expect(await manifestComplete(t.db, 'device_report', command.id)).toBe(false);
    expect((await missing()).map((m) => m.id).sort()).toEqual([a.declaration.id, b.declaration.id].sort());
    await upload(a);
    expect(await missingAttachments(t.db, 'device_report', command.id)).toEqual([b.declaration]);
    expect((await missing()).map((m) => m.id)).toEqual([b.declaration.id]);
    await upload(b);
    expect(await manifestComplete(t.db, 'device_report', command.id)).toBe(true);
    expect(await missing()).toEqual([]);
    await app.close();
  });

  it('count a file that arrived before its command', async () => {
    const { app, device, upload, missing } = await fieldDevice();
    const early = pngFile(10_000);
    await upload(early);
    const command = deviceReportCommand({ attachments: [early.declaration] });
    await device.post('/api/v1/sync/push', { commands: [command] });
    expect(await manifestComplete(t.db, 'device_report', command.id)).toBe(true);
    expect(await missing()).toEqual([]);
    await app.close();
  });

  it('never count another centre’s file, nor show another centre’s missing files', async () => {
    const first = await fieldDevice();
    const second = await fieldDevice();
    const file = pngFile(10_000);
    await first.upload(file);
    const command = deviceReportCommand({ attachments: [file.declaration] });
    await second.device.post('/api/v1/sync/push', { commands: [command] });
    expect(await manifestComplete(t.db, 'device_report', command.id)).toBe(false);
    expect((await second.missing()).map((m) => m.id)).toEqual([file.declaration.id]);
    expect(await first.missing()).toEqual([]);
    await Promise.all([first.app.close(), second.app.close()]);
  });
});
