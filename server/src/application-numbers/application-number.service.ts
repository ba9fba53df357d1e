import {
  blocksToIssue,
  checkClaim,
  civilDateIn,
  formatApplicationNumber,
  parseApplicationNumber,
  problem,
  unusedCount,
  unusedRanges,
  uuidv7,
  yearsToReserve,
  type ApplicationNumber,
  type PulledNumberBlock,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findCentreSummary } from '../org/centre.repository.js';
import {
  advanceCounter,
  insertBlock,
  insertUse,
  listDeviceBlocks,
  listExpiredDevicesWithBlocks,
  listOpenBlocks,
  lockDevice,
  markReleased,
  usedInBlock,
  type BlockRow,
} from './application-number.repository.js';
import { drawing } from './counter-errors.js';

export interface NumberSettings {
  numberBlockSize: number;
  numberReserve: number;
}

async function centreCode(db: Db, centreId: string): Promise<string> {
  const centre = await findCentreSummary(db, centreId);
  if (!centre) throw problem('not_found');
  return centre.code;
}

/**
 * Tops up a device's numbers: for this year (and next year, in December) it gets new blocks from
 * the centre's sequence until it carries at least `numberReserve` unused numbers. Each block issued
 * is written to the audit trail, so the logbook can account for every number.
 */
export async function ensureDeviceBlocks(
  db: Db,
  actor: Actor,
  device: { id: string; centreId: string },
  settings: NumberSettings,
  now: Date = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await lockDevice(tx, device.id);
    const open = await listOpenBlocks(tx, device.id);
    for (const year of yearsToReserve(civilDateIn(now))) {
      const unused = open.filter((b) => b.year === year).reduce((sum, b) => sum + unusedCount(b, b.used), 0);
      const count = blocksToIssue(unused, settings.numberReserve, settings.numberBlockSize);
      for (let i = 0; i < count; i += 1) {
        const last = await drawing(() => advanceCounter(tx, device.centreId, year, settings.numberBlockSize));
        const block = {
          id: uuidv7(),
          centreId: device.centreId,
          deviceId: device.id,
          year,
          first: last - settings.numberBlockSize + 1,
          last,
        };
        await insertBlock(tx, block);
        await audit(
          tx,
          actor,
          'application_numbers.block_issued',
          { type: 'device', id: device.id, centreId: device.centreId },
          { year, first: block.first, last },
        );
      }
    }
  });
}

/** The blocks a device may still number from, with their first and last numbers as printed. */
export async function describeDeviceBlocks(
  db: Db,
  device: { id: string; centreId: string },
): Promise<PulledNumberBlock[]> {
  const code = await centreCode(db, device.centreId);
  const open = await listOpenBlocks(db, device.id);
  return open
    .filter((b) => unusedCount(b, b.used) > 0)
    .map((b) => ({
      year: b.year,
      first: b.first,
      last: b.last,
      firstNumber: formatApplicationNumber({ centreCode: code, year: b.year, value: b.first }),
      lastNumber: formatApplicationNumber({ centreCode: code, year: b.year, value: b.last }),
    }));
}

/**
 * Records a number a device used offline, reported with the command that used it. Call it inside
 * the command's transaction: the number must be in one of the device's blocks for its year and not
 * used before; otherwise the command is refused (`numbers.not_in_block`, `numbers.already_used`).
 * A number of a block released as a gap is still the device's own (nobody else can ever get it), so
 * it is accepted and the audit trail says the gap was filled.
 */
export async function claimDeviceNumber(
  tx: Db,
  actor: Actor,
  claim: { deviceId: string; centreId: string; commandId: string; number: string },
): Promise<ApplicationNumber> {
  const parsed = parseApplicationNumber(claim.number);
  const params = { number: claim.number };
  if (!parsed || parsed.centreCode !== (await centreCode(tx, claim.centreId)))
    throw problem('numbers.not_in_block', { params });
  const blocks = await listDeviceBlocks(tx, claim.deviceId, parsed.year);
  if (checkClaim(blocks, new Set(), parsed) === 'not_in_block')
    throw problem('numbers.not_in_block', { params });
  await drawing(
    () =>
      insertUse(tx, {
        centreId: claim.centreId,
        year: parsed.year,
        value: parsed.value,
        deviceId: claim.deviceId,
        commandId: claim.commandId,
      }),
    params,
  );
  const block = blocks.find((b) => parsed.value >= b.first && parsed.value <= b.last);
  if (block?.releasedAt) {
    await audit(
      tx,
      actor,
      'application_numbers.late_use',
      { type: 'device', id: claim.deviceId, centreId: claim.centreId },
      { year: parsed.year, value: parsed.value, commandId: claim.commandId },
    );
  }
  return parsed;
}

/** The next number of the centre's sequence for work done in the office, recorded as used. */
export async function nextOfficeNumber(tx: Db, centreId: string, year: number): Promise<string> {
  const value = await drawing(() => advanceCounter(tx, centreId, year, 1));
  await insertUse(tx, { centreId, year, value, deviceId: null, commandId: null });
  return formatApplicationNumber({ centreCode: await centreCode(tx, centreId), year, value });
}

/**
 * Releases a device's open blocks (the device was revoked, replaced or expired). Numbers are never
 * given out again; the unused ones become gaps in the logbook, each explained in the audit trail.
 */
export async function releaseDeviceBlocks(tx: Db, actor: Actor | null, deviceId: string): Promise<void> {
  for (const block of await listOpenBlocks(tx, deviceId)) await releaseBlock(tx, actor, block);
}

async function releaseBlock(tx: Db, actor: Actor | null, block: BlockRow): Promise<void> {
  const gaps = unusedRanges(block, await usedInBlock(tx, block));
  await markReleased(tx, block.id);
  await audit(
    tx,
    actor,
    'application_numbers.released',
    { type: 'device', id: block.deviceId, centreId: block.centreId },
    {
      year: block.year,
      first: block.first,
      last: block.last,
      unused: gaps,
      unusedCount: gaps.reduce((n, [a, b]) => n + b - a + 1, 0),
    },
  );
}

/**
 * Releases the blocks of devices whose credential expired (or was revoked) while they held unused
 * numbers: such a device can never send them. Answers how many devices were released.
 */
export async function releaseExpiredDeviceBlocks(db: Db): Promise<number> {
  const devices = await listExpiredDevicesWithBlocks(db);
  for (const device of devices)
    await inTransaction(db, (tx) => releaseDeviceBlocks(tx, null, device.deviceId));
  return devices.length;
}
