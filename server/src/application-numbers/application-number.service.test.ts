import { describe, expect, it } from 'vitest';
import { formatApplicationNumber, uuidv7 } from '@valiza/domain';
import { revokeCentreDevice } from '../devices/device.service.js';
import { inTransaction } from '../db/transaction.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { useTestDatabase } from '../test/test-db.js';
import {
  claimDeviceNumber,
  describeDeviceBlocks,
  ensureDeviceBlocks,
  nextOfficeNumber,
} from './application-number.service.js';

const settings = { numberBlockSize: 50, numberReserve: 60 };
const MARCH = new Date('2026-03-02T10:00:00+02:00');

describe('logbook number blocks', () => {
  const t = useTestDatabase();

  it('give a device a current and a next block from the sequence the office uses, and no more while it has enough', async () => {
    const { centre, administrator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH);
    const blocks = await describeDeviceBlocks(t.db, device);
    expect(blocks.map((b) => [b.year, b.first, b.last])).toEqual([
      [2026, 1, 50],
      [2026, 51, 100],
    ]);
    expect(blocks[0]!.firstNumber).toBe(`${centre.code}/2026/000001`);
    expect(await inTransaction(t.db, (tx) => nextOfficeNumber(tx, centre.id, 2026))).toBe(
      `${centre.code}/2026/000101`,
    );
  });

  it('top a device up once when it pulls twice at the same moment', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    await Promise.all([0, 1, 2].map(() => ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH)));
    expect(await describeDeviceBlocks(t.db, device)).toHaveLength(2);
  });

  it('reserve next year’s numbers in December', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, new Date('2026-12-20T10:00:00+02:00'));
    const years = (await describeDeviceBlocks(t.db, device)).map((b) => b.year);
    expect(years).toEqual([2026, 2026, 2027, 2027]);
  });

  it('accept a used number once, only from the device that holds it, and top the device up as it uses them', async () => {
    const { centre, administrator, operator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    const otherDevice = await makeDevice(t.db, operator);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH);
    await ensureDeviceBlocks(t.db, otherDevice.actor, otherDevice, settings, MARCH);
    const claim = (d: typeof device, value: number) =>
      inTransaction(t.db, (tx) =>
        claimDeviceNumber(tx, d.actor, {
          deviceId: d.id,
          centreId: centre.id,
          commandId: uuidv7(),
          number: formatApplicationNumber({ centreCode: centre.code, year: 2026, value }),
        }),
      );
    expect(await claim(device, 7)).toEqual({ centreCode: centre.code, year: 2026, value: 7 });
    await expect(claim(device, 7)).rejects.toMatchObject({ code: 'numbers.already_used' });
    await expect(claim(otherDevice, 8)).rejects.toMatchObject({ code: 'numbers.not_in_block' });
    await expect(claim(device, 101)).rejects.toMatchObject({ code: 'numbers.not_in_block' });
    await expect(
      inTransaction(t.db, (tx) =>
        claimDeviceNumber(tx, device.actor, {
          deviceId: device.id,
          centreId: centre.id,
          commandId: uuidv7(),
          number: 'ІНШ/2026/000009',
        }),
      ),
    ).rejects.toMatchObject({ code: 'numbers.not_in_block' });
    for (let value = 1; value <= 50; value += 1) if (value !== 7) await claim(device, value);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH);
    const blocks = await describeDeviceBlocks(t.db, device);
    expect(blocks.map((b) => b.first)).toEqual([51, 201]);
  });

  it('release the unused numbers of a revoked device as gaps explained in the audit trail, and still take a late use', async () => {
    const { centre, head, administrator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    await ensureDeviceBlocks(t.db, device.actor, device, settings, MARCH);
    const use = (value: number) =>
      inTransaction(t.db, (tx) =>
        claimDeviceNumber(tx, device.actor, {
          deviceId: device.id,
          centreId: centre.id,
          commandId: uuidv7(),
          number: formatApplicationNumber({ centreCode: centre.code, year: 2026, value }),
        }),
      );
    await use(1);
    await use(2);
    await use(5);
    await revokeCentreDevice(t.db, head.actor, device.id);
    expect(await describeDeviceBlocks(t.db, device)).toEqual([]);
    const released = await t.db
      .selectFrom('audit_log')
      .select(['details', 'actor_id'])
      .where('action', '=', 'application_numbers.released')
      .where('record_id', '=', device.id)
      .orderBy('id')
      .execute();
    expect(released.map((r) => r.details)).toEqual([
      {
        year: 2026,
        first: 1,
        last: 50,
        unused: [
          [3, 4],
          [6, 50],
        ],
        unusedCount: 47,
      },
      { year: 2026, first: 51, last: 100, unused: [[51, 100]], unusedCount: 50 },
    ]);
    expect(released[0]!.actor_id).toBe(head.actor.personId);
    await use(3);
    const late = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'application_numbers.late_use')
      .where('record_id', '=', device.id)
      .execute();
    expect(late.map((r) => r.details)).toMatchObject([{ year: 2026, value: 3 }]);
    expect(await inTransaction(t.db, (tx) => nextOfficeNumber(tx, centre.id, 2026))).toBe(
      `${centre.code}/2026/000101`,
    );
  });

  it('never hand out a number twice when devices and the office draw at the same moment', async () => {
    const { centre, administrator, operator, head } = await makeCentreWithStaff(t.db);
    const devices = await Promise.all([administrator, operator, head].map((p) => makeDevice(t.db, p)));
    const office = Array.from({ length: 10 }, () =>
      inTransaction(t.db, (tx) => nextOfficeNumber(tx, centre.id, 2026)),
    );
    const [numbers] = await Promise.all([
      Promise.all(office),
      ...devices.map((d) => ensureDeviceBlocks(t.db, d.actor, d, settings, MARCH)),
    ]);
    const ranges = (await Promise.all(devices.map((d) => describeDeviceBlocks(t.db, d)))).flat();
    const taken = [
      ...ranges.flatMap((b) => Array.from({ length: b.last - b.first + 1 }, (_, i) => b.first + i)),
      ...numbers.map((n) => Number(n.slice(-6))),
    ];
    expect(taken).toHaveLength(310);
    expect(new Set(taken).size).toBe(310);
    expect(Math.max(...taken)).toBe(310);
  });
});
