// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { ApiError } from '../api/errors';
import { wipeIfRevoked } from './device-http';
import { fieldDb, readMeta, wipeFieldDb } from './local-db';
import { applyOutcomes, dueCommands, enqueue, listOutbox, outboxCounts } from './outbox';
import { FieldLockedError, lock, lockState, setUpDevice, unlock, unsentItems } from './session';

const PIN = '482916';

async function setUp() {
  await setUpDevice(PIN, async () => ({
    id: uuidv7(),
    label: 'test',
    personId: uuidv7(),
    personName: 'Андрій Мельник',
    credential: 'secret-credential',
    publicUrl: 'https://valiza.example.ua',
    expiresAt: '2026-12-01T00:00:00.000Z',
  }));
}

const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])], { type: 'image/jpeg' });

describe('the outbox', () => {
  beforeEach(async () => {
    await lock();
    await wipeFieldDb();
    await setUp();
  });

  it('stores a command and its files sealed, in one go, with a UUIDv7 id and its format version', async () => {
    const { id, attachments } = await enqueue(
      'device.report',
      { appVersion: 'Петренко-1' },
      { formatVersion: 2, attachments: [{ blob: jpeg(), mediaType: 'image/jpeg' }] },
    );
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(attachments).toEqual([
      expect.objectContaining({
        size: 8,
        mediaType: 'image/jpeg',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const [entry] = await listOutbox();
    expect(entry?.command).toMatchObject({ id, type: 'device.report', formatVersion: 2, attachments });
    // At rest neither the payload nor the file's bytes are readable.
    const row = await fieldDb().outbox.get(id);
    expect(new TextDecoder().decode(row!.sealed.data)).not.toContain('Петренко');
    const file = await fieldDb().files.get(attachments[0]!.id);
    expect(new Uint8Array(file!.sealed.data).slice(0, 3)).not.toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it('keeps nothing when any part of the work cannot be stored', async () => {
    const { id } = await enqueue('device.report', {}, { formatVersion: 2 });
    // The same command id again: the transaction fails and its file is not stored either.
    await expect(
      enqueue(
        'device.report',
        {},
        { formatVersion: 2, id, attachments: [{ blob: jpeg(), mediaType: 'image/jpeg' }] },
      ),
    ).rejects.toThrow();
    expect(await fieldDb().files.count()).toBe(0);
    expect(await fieldDb().outbox.count()).toBe(1);
  });

  it('drops a command only when acknowledged; refusals stay for a person, temporary failures wait', async () => {
    const applied = await enqueue('device.report', {}, { formatVersion: 2 });
    const duplicate = await enqueue('device.report', {}, { formatVersion: 2 });
    const conflict = await enqueue('device.report', {}, { formatVersion: 2 });
    const invalid = await enqueue('device.report', {}, { formatVersion: 9 });
    const temporary = await enqueue('device.report', {}, { formatVersion: 2 });
    const problem = (code: string) => ({ code, message: code, details: [] });
    await applyOutcomes(
      [
        { id: applied.id, status: 'applied', result: {} },
        { id: duplicate.id, status: 'duplicate', result: {} },
        { id: conflict.id, status: 'rejected', error: problem('sync.id_conflict') },
        { id: invalid.id, status: 'invalid', error: problem('sync.unsupported_version') },
        { id: temporary.id, status: 'error', error: problem('sync.temporary') },
      ],
      1_000,
    );
    expect(await outboxCounts()).toEqual({ waiting: 1, needsPerson: 2, sent: 2, unsentFiles: 0 });
    const entries = await listOutbox();
    expect(entries.find((e) => e.id === conflict.id)).toMatchObject({
      state: 'needs_person',
      problem: { code: 'sync.id_conflict' },
    });
    // The temporary failure is not due again before its backoff, and the refused ones never by themselves.
    expect(await dueCommands(1_001, 100)).toEqual([]);
    expect((await dueCommands(1_000 + 60_000, 100)).map((c) => c.id)).toEqual([temporary.id]);
  });

  it('cannot be read or written while locked', async () => {
    await enqueue('device.report', {}, { formatVersion: 2 });
    await lock();
    await expect(enqueue('device.report', {}, { formatVersion: 2 })).rejects.toBeInstanceOf(FieldLockedError);
    await expect(listOutbox()).rejects.toBeInstanceOf(FieldLockedError);
    expect(await unsentItems()).toBe(1);
    expect(await unlock(PIN)).toEqual({ ok: true });
    expect(await listOutbox()).toHaveLength(1);
  });
});

describe('wrong PINs', () => {
  beforeEach(async () => {
    await lock();
    await wipeFieldDb();
    await setUp();
  });

  it('warns before the last attempt when work is unsent, and wipes everything at the fifth', async () => {
    await enqueue(
      'device.report',
      {},
      { formatVersion: 2, attachments: [{ blob: jpeg(), mediaType: 'image/jpeg' }] },
    );
    await lock();
    for (let i = 1; i <= 3; i += 1)
      expect(await unlock('000000')).toMatchObject({ ok: false, remaining: 5 - i });
    expect(await unlock('000000')).toEqual({ ok: false, wiped: false, remaining: 1, lastAttempt: true });
    expect(lockState()).toMatchObject({ kind: 'locked', failures: 4, unsent: 2, warn: true });
    expect(await unlock('000000')).toEqual({ ok: false, wiped: true });
    expect(lockState()).toEqual({ kind: 'new', wiped: 'wrong_pins' });
    expect(await fieldDb().outbox.count()).toBe(0);
    expect(await fieldDb().files.count()).toBe(0);
    expect(await readMeta('vault')).toBeUndefined();
  });

  it('starts counting afresh after the right PIN', async () => {
    await lock();
    await unlock('000000');
    await unlock('000000');
    expect(await unlock(PIN)).toEqual({ ok: true });
    expect(await readMeta('wrongPins')).toBe(0);
  });
});

describe('a revoked device', () => {
  beforeEach(async () => {
    await lock();
    await wipeFieldDb();
    await setUp();
  });

  it('wipes its local data at the first `401 device.revoked` and says why', async () => {
    await enqueue('device.report', {}, { formatVersion: 2 });
    await wipeIfRevoked(new ApiError(401, 'auth.required', ''));
    expect(lockState().kind).toBe('unlocked');
    await wipeIfRevoked(new ApiError(401, 'device.revoked', ''));
    expect(lockState()).toEqual({ kind: 'new', wiped: 'revoked' });
    expect(await fieldDb().outbox.count()).toBe(0);
    expect(await readMeta('device')).toBeUndefined();
  });
});
