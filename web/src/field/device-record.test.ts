// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { readMeta, wipeFieldDb } from './local-db';
import { devicePerson, lock, setUpDevice, unlock } from './session';
import { applyPull } from './store';
import { administratorIdFor, publicUrlOf } from './visit/screens/visit-data';

const PIN = '482916';
const personId = uuidv7();

async function setUp(publicUrl = 'https://cnap.example.ua') {
  await setUpDevice(PIN, async () => ({
    id: uuidv7(),
    label: 'test',
    personId,
    personName: 'Андрій Мельник',
    credential: 'secret-credential',
    expiresAt: '2099-12-01T00:00:00.000Z',
    publicUrl,
  }));
}

describe('what the device keeps of its registration', () => {
  beforeEach(async () => {
    await lock();
    await wipeFieldDb();
  });

  it('keeps the public address answered at registration for the confirmation', async () => {
    await setUp('https://cnap.example.ua');
    expect(await readMeta('publicUrl')).toBe('https://cnap.example.ua');
    expect(await publicUrlOf()).toBe('https://cnap.example.ua');
  });

  it('refreshes the public address from a pull', async () => {
    await setUp('https://old.example.ua');
    await applyPull({
      checkpoint: 'c1',
      reset: false,
      changes: [],
      numberBlocks: [],
      missingAttachments: [],
      device: { id: uuidv7(), expiresAt: '2099-12-01T00:00:00.000Z', publicUrl: 'https://new.example.ua' },
      serverTime: '2026-11-23T10:00:00.000Z',
    });
    expect(await publicUrlOf()).toBe('https://new.example.ua');
  });

  it("keeps the person's id and certifies with it whoever else the visit names", async () => {
    await setUp();
    expect(devicePerson()).toEqual({ id: personId, name: 'Андрій Мельник' });
    const colleague = uuidv7();
    expect(administratorIdFor([colleague, personId])).toBe(personId);
    expect(administratorIdFor([])).toBe(personId);
    await lock();
    expect(await unlock(PIN)).toEqual({ ok: true });
    expect(administratorIdFor([colleague, personId])).toBe(personId);
  });
});
