import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as tus from 'tus-js-client';
import { afterAll, describe, expect, it } from 'vitest';
import { registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { pngFile, tusClient } from '../test/tus-client.js';
import { storedPath } from './file-store.js';

describe('resumable uploads', () => {
  const t = useTestDatabase();
  const roots: string[] = [];
  afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function folders() {
    const root = mkdtempSync(join(tmpdir(), 'valiza-uploads-'));
    roots.push(root);
    return { filesDir: join(root, 'files'), uploadsDir: join(root, 'uploads') };
  }

  async function listening(dirs: {
    filesDir: string;
    uploadsDir: string;
  }): Promise<{ app: FastifyInstance; base: string }> {
    const app = await testApp(t.handle, { config: dirs });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    return { app, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  }

  async function fieldDevice() {
    const staff = await makeCentreWithStaff(t.db);
    const dirs = folders();
    const { app, base } = await listening(dirs);
    const device = await registerDevice(app, staff.administrator);
    const tus = tusClient(base, { Authorization: `Device ${device.credential}` });
    return { ...staff, dirs, app, base, device, tus };
  }

  it('refuses requests that are not signed in, or lack the CSRF token of a session, with the JSON error body', async () => {
    const { app, base, administrator } = await fieldDevice();
    const { declaration } = pngFile(1000);
    const anonymous = await tusClient(base, {}).create(declaration);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/application\/json/);
    expect((await anonymous.json()).error.code).toBe('auth.required');
    const session = await signIn(app, administrator.login, TEST_PASSWORD);
    const cookie = `valiza_session=${session.cookies.valiza_session}`;
    expect((await (await tusClient(base, { cookie }).create(declaration)).json()).error.code).toBe(
      'csrf.invalid',
    );
    const withCsrf = tusClient(base, { cookie, 'X-CSRF-Token': session.cookies.valiza_csrf ?? '' });
    expect((await withCsrf.create(declaration)).status).toBe(201);
    await app.close();
  });

  it('stores a complete upload once, under its digest, and answers a second creation as complete', async () => {
    const { app, dirs, tus } = await fieldDevice();
    const { bytes, declaration } = pngFile(300_000);
    const created = await tus.create(declaration);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/uploads/${declaration.id}`);
    const patched = await tus.patch(declaration.id, 0, bytes);
    expect(patched.status).toBe(204);
    expect(patched.headers.get('upload-offset')).toBe('300000');
    expect(existsSync(storedPath(dirs.filesDir, declaration.sha256))).toBe(true);
    expect(readdirSync(dirs.uploadsDir)).toEqual([]);
    const row = await t.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', declaration.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sha256: declaration.sha256, size: 300_000, media_type: 'image/png' });
    const head = await tus.head(declaration.id);
    expect([head.status, head.headers.get('upload-offset'), head.headers.get('upload-length')]).toEqual([
      200,
      '300000',
      '300000',
    ]);
    const again = await tus.create(declaration);
    expect([again.status, again.headers.get('upload-offset')]).toEqual([201, '300000']);
    expect((await tus.patch(declaration.id, 0, bytes)).status).toBe(409);
    await app.close();
  });

  it('resumes an upload cut in the middle from the server’s offset, also after a restart, without re-sending the start', async () => {
    const { app, dirs, device, tus } = await fieldDevice();
    const { bytes, declaration } = pngFile(2_000_000);
    await tus.create(declaration);
    const firstAttempt = await tus.patchCut(declaration.id, 0, bytes, 800_000, 400_000);
    await app.close();
    const restarted = await listening(dirs);
    const again = tusClient(restarted.base, { Authorization: `Device ${device.credential}` });
    const head = await again.head(declaration.id);
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThanOrEqual(800_000);
    const resumed = await again.patch(declaration.id, offset, Buffer.from(bytes.subarray(offset)));
    expect(resumed.status).toBe(204);
    const sentInAll = firstAttempt + (bytes.length - offset);
    expect(sentInAll - bytes.length).toBeLessThanOrEqual(400_000);
    expect(existsSync(storedPath(dirs.filesDir, declaration.sha256))).toBe(true);
    await restarted.app.close();
  });

  it('works with tus-js-client, the field app’s uploader, resuming by the attachment’s own URL', async () => {
    const { app, base, device } = await fieldDevice();
    const { bytes, declaration } = pngFile(1_000_000);
    const options = {
      headers: { Authorization: `Device ${device.credential}` },
      metadata: {
        attachmentId: declaration.id,
        sha256: declaration.sha256,
        mediaType: declaration.mediaType,
      },
      chunkSize: 200_000,
      storeFingerprintForResuming: false,
      retryDelays: [0, 100, 200],
    };
    const sent: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const upload = new tus.Upload(bytes, {
        ...options,
        endpoint: `${base}/api/v1/uploads`,
        onError: reject,
        onChunkComplete: (chunk, accepted) => {
          sent.push(chunk);
          if (accepted >= 400_000) void upload.abort().then(resolve);
        },
      });
      upload.start();
    });
    const resumedSent: number[] = [];
    await new Promise<void>((resolve, reject) => {
      new tus.Upload(bytes, {
        ...options,
        uploadUrl: `${base}/api/v1/uploads/${declaration.id}`,
        onError: reject,
        onSuccess: () => resolve(),
        onChunkComplete: (chunk) => resumedSent.push(chunk),
      }).start();
    });
    expect(sent.reduce((a, b) => a + b, 0)).toBe(400_000);
    expect(resumedSent.reduce((a, b) => a + b, 0)).toBe(600_000);
    const row = await t.db
      .selectFrom('attachments')
      .select('sha256')
      .where('id', '=', declaration.id)
      .executeTakeFirst();
    expect(row?.sha256).toBe(declaration.sha256);
    await app.close();
  });

  it('discards a file whose bytes do not match the declared SHA-256, with a clear error, so it is sent again', async () => {
    const { app, dirs, tus } = await fieldDevice();
    const { bytes, declaration } = pngFile(50_000);
    await tus.create(declaration);
    const damaged = Buffer.from(bytes);
    damaged[40_000] ^= 0xff;
    const answer = await tus.patch(declaration.id, 0, damaged);
    expect(answer.status).toBe(460);
    expect((await answer.json()).error.code).toBe('files.checksum_mismatch');
    expect((await tus.head(declaration.id)).status).toBe(404);
    expect(existsSync(storedPath(dirs.filesDir, declaration.sha256))).toBe(false);
    expect(
      await t.db.selectFrom('attachments').select('id').where('id', '=', declaration.id).execute(),
    ).toEqual([]);
    expect((await tus.create(declaration)).status).toBe(201);
    expect((await tus.patch(declaration.id, 0, bytes)).status).toBe(204);
    await app.close();
  });

  it('takes only PDF, JPEG, PNG and WebP up to 25 MB, whose content matches the declared type', async () => {
    const { app, tus } = await fieldDevice();
    const { declaration } = pngFile(100);
    const text = await tus.create({ ...declaration, mediaType: 'text/plain' as never });
    expect([text.status, (await text.json()).error.code]).toEqual([415, 'files.media_type']);
    const huge = await tus.create({ ...declaration, size: 26 * 1024 * 1024 });
    expect([huge.status, (await huge.json()).error.code]).toEqual([413, 'files.too_large']);
    const pdf = Buffer.from('%PDF-1.7 not a picture at all, really');
    const { declaration: pngDeclared } = pngFile(pdf.length);
    const sha256 = (await import('node:crypto')).createHash('sha256').update(pdf).digest('hex');
    await tus.create({ ...pngDeclared, sha256 });
    const refused = await tus.patch(pngDeclared.id, 0, pdf);
    expect([refused.status, (await refused.json()).error.code]).toEqual([415, 'files.media_type']);
    const noMetadata = await tus.create(declaration, { 'Upload-Metadata': '' });
    expect((await noMetadata.json()).error.code).toBe('files.metadata');
    await app.close();
  });

  it('keeps an upload its uploader’s, and a file its centre’s: other centres get not_found or a conflict', async () => {
    const { app, base, tus, operator } = await fieldDevice();
    const strangers = await makeCentreWithStaff(t.db);
    const stranger = tusClient(base, {
      Authorization: `Device ${(await registerDevice(app, strangers.administrator)).credential}`,
    });
    const colleague = tusClient(base, {
      Authorization: `Device ${(await registerDevice(app, operator)).credential}`,
    });
    const partial = pngFile(10_000);
    await tus.create(partial.declaration);
    await tus.patch(partial.declaration.id, 0, partial.bytes.subarray(0, 4000));
    expect((await stranger.head(partial.declaration.id)).status).toBe(404);
    expect((await colleague.head(partial.declaration.id)).status).toBe(404);
    expect((await stranger.patch(partial.declaration.id, 4000, partial.bytes.subarray(4000))).status).toBe(
      404,
    );
    const done = pngFile(5_000);
    await tus.create(done.declaration);
    await tus.patch(done.declaration.id, 0, done.bytes);
    const foreignHead = await stranger.head(done.declaration.id);
    expect(foreignHead.status).toBe(404);
    const foreignCreate = await stranger.create(done.declaration);
    expect([foreignCreate.status, (await foreignCreate.json()).error.code]).toEqual([
      409,
      'files.id_conflict',
    ]);
    const copy = pngFile(5_000);
    const sameBytes = { ...copy.declaration, sha256: done.declaration.sha256 };
    const linked = await colleague.create(sameBytes);
    expect([linked.status, linked.headers.get('upload-offset')]).toEqual([201, '5000']);
    const strangerCopy = await stranger.create({
      ...pngFile(5_000).declaration,
      sha256: done.declaration.sha256,
    });
    expect(strangerCopy.headers.get('upload-offset')).toBeNull();
    await app.close();
  });
});
