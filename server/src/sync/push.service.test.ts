import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  civilDateIn,
  CommandType,
  formatApplicationNumber,
  problem,
  uuidv7,
  type SyncCommand,
} from '@valiza/domain';
import { claimDeviceNumber, ensureDeviceBlocks } from '../application-numbers/application-number.service.js';
import { audit } from '../audit/audit.service.js';
import { makeDevice, registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { deviceReportCommand } from '../test/sync-commands.js';
import { testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { currentVersion, defineHandler } from './command-handler.js';
import { COMMAND_HANDLERS, handlerRegistry } from './handlers/index.js';
import { applyCommand } from './push.service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A command type of these tests: it writes an audit line slowly, and can be told to fail. */
function slowHandler(behaviour: { calls: number; failFirst?: 'problem' | 'crash' }) {
  return defineHandler<{ n: number }>({
    type: 'test.slow',
    versions: { 1: z.strictObject({ n: z.number() }) },
    upgrade: {},
    async handle(tx, actor, command) {
      behaviour.calls += 1;
      const call = behaviour.calls;
      await audit(tx, actor, 'test.slow', { type: 'test', id: command.id, centreId: actor.centreId });
      await sleep(300);
      if (call === 1 && behaviour.failFirst === 'problem') throw problem('conflict');
      if (call === 1 && behaviour.failFirst === 'crash') throw new TypeError('a bug');
      return { n: command.payload.n, call };
    },
  });
}

const slowCommand = (): SyncCommand => ({
  id: uuidv7(),
  type: 'test.slow',
  formatVersion: 1,
  deviceTime: new Date().toISOString(),
  payload: { n: 7 },
});

describe('the push pipeline', () => {
  const t = useTestDatabase();

  async function device() {
    const { administrator } = await makeCentreWithStaff(t.db);
    return makeDevice(t.db, administrator);
  }
  const effects = (id: string) =>
    t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'test.slow')
      .where('record_id', '=', id)
      .execute();

  it('makes a copy that arrives while the first is in flight wait for it, then answer its result', async () => {
    const d = await device();
    const behaviour = { calls: 0 };
    const registry = handlerRegistry([...COMMAND_HANDLERS, slowHandler(behaviour)]);
    const command = slowCommand();
    const outcomes = await Promise.all(
      [0, 1, 2].map(() => applyCommand(t.db, d.actor, command, { locale: 'uk', registry })),
    );
    expect(behaviour.calls).toBe(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(new Set(outcomes.map((o) => JSON.stringify('result' in o ? o.result : null))).size).toBe(1);
    expect(await effects(command.id)).toHaveLength(1);
  });

  it('lets a waiting copy apply the command when the first copy rolled back', async () => {
    const d = await device();
    const behaviour = { calls: 0, failFirst: 'problem' as const };
    const registry = handlerRegistry([...COMMAND_HANDLERS, slowHandler(behaviour)]);
    const command = slowCommand();
    const outcomes = await Promise.all(
      [0, 1].map(() => applyCommand(t.db, d.actor, command, { locale: 'uk', registry })),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(['applied', 'rejected']);
    expect(await effects(command.id)).toHaveLength(1);
  });

  it('answers an unexpected failure as a temporary error, stores nothing, and applies the resend', async () => {
    const d = await device();
    const behaviour = { calls: 0, failFirst: 'crash' as const };
    const registry = handlerRegistry([...COMMAND_HANDLERS, slowHandler(behaviour)]);
    const command = slowCommand();
    const seen: unknown[] = [];
    const first = await applyCommand(t.db, d.actor, command, {
      locale: 'en',
      registry,
      onUnexpected: (e) => seen.push(e),
    });
    expect(first).toMatchObject({ status: 'error', error: { code: 'sync.temporary' } });
    expect(seen).toHaveLength(1);
    expect(await effects(command.id)).toHaveLength(0);
    expect(
      await t.db.selectFrom('sync_commands').select('id').where('id', '=', command.id).execute(),
    ).toEqual([]);
    const second = await applyCommand(t.db, d.actor, command, { locale: 'en', registry });
    expect(second).toMatchObject({ status: 'applied', result: { n: 7, call: 2 } });
  });

  it('refuses, per command, a logbook number used twice or not the device’s, and applies the rest', async () => {
    const { centre, administrator, operator } = await makeCentreWithStaff(t.db);
    const d = await makeDevice(t.db, administrator);
    const other = await makeDevice(t.db, operator);
    const settings = { numberBlockSize: 50, numberReserve: 60 };
    const now = new Date();
    await ensureDeviceBlocks(t.db, d.actor, d, settings, now);
    await ensureDeviceBlocks(t.db, other.actor, other, settings, now);
    const numbered = defineHandler<{ number: string }>({
      type: 'test.numbered',
      versions: { 1: z.strictObject({ number: z.string() }) },
      upgrade: {},
      async handle(tx, actor, command) {
        await claimDeviceNumber(tx, actor, {
          deviceId: actor.deviceId,
          centreId: actor.centreId,
          commandId: command.id,
          number: command.payload.number,
        });
        return { number: command.payload.number };
      },
    });
    const registry = handlerRegistry([...COMMAND_HANDLERS, numbered]);
    const year = Number(civilDateIn(now).slice(0, 4));
    const number = (value: number) => formatApplicationNumber({ centreCode: centre.code, year, value });
    const command = (value: number): SyncCommand => ({
      id: uuidv7(),
      type: 'test.numbered',
      formatVersion: 1,
      deviceTime: now.toISOString(),
      payload: { number: number(value) },
    });
    const outcomes = [];
    for (const c of [command(3), command(3), command(120), command(4)])
      outcomes.push(await applyCommand(t.db, d.actor, c, { locale: 'uk', registry }));
    expect(outcomes.map((o) => ('error' in o ? o.error.code : o.status))).toEqual([
      'applied',
      'numbers.already_used',
      'numbers.not_in_block',
      'applied',
    ]);
    expect(outcomes[1]).toMatchObject({ status: 'rejected' });
    expect('error' in outcomes[1]! && outcomes[1].error.message).toContain(number(3));
  });

  it('refuses files declared to a command type that owns none', async () => {
    const d = await device();
    const registry = handlerRegistry([...COMMAND_HANDLERS, slowHandler({ calls: 0 })]);
    const command = {
      ...slowCommand(),
      attachments: [{ id: uuidv7(), sha256: 'a'.repeat(64), size: 9, mediaType: 'image/png' as const }],
    };
    expect(await applyCommand(t.db, d.actor, command, { locale: 'uk', registry })).toMatchObject({
      status: 'invalid',
      error: { code: 'sync.attachments_not_accepted' },
    });
  });

  it('has one handler per type, each with a dotted type and an upgrade from every older version it accepts', () => {
    expect(() => handlerRegistry([...COMMAND_HANDLERS, ...COMMAND_HANDLERS])).toThrow(/Two handlers/);
    for (const handler of COMMAND_HANDLERS) {
      expect(CommandType.safeParse(handler.type).success).toBe(true);
      const versions = Object.keys(handler.versions).map(Number);
      for (const version of versions)
        if (version < currentVersion(handler)) expect(handler.upgrade[version]).toBeTypeOf('function');
    }
  });

  it('ends with every command stored once whatever shuffled, duplicated and concurrent batches carried them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(11), { maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        async (batches) => {
          const { administrator } = await makeCentreWithStaff(t.db);
          const app = await testApp(t.handle);
          const client = await registerDevice(app, administrator);
          const commands = Array.from({ length: 12 }, (_, i) => deviceReportCommand({ unsentCommands: i }));
          const send = (indexes: number[]) =>
            indexes.length === 0
              ? Promise.resolve()
              : client.post('/api/v1/sync/push', { commands: indexes.map((i) => commands[i]) }).then((r) => {
                  expect(r.statusCode).toBe(200);
                  expect(
                    r
                      .json()
                      .results.every((o: { status: string }) => ['applied', 'duplicate'].includes(o.status)),
                  ).toBe(true);
                });
          await Promise.all(batches.map(send));
          await send([...commands.keys()].reverse());
          const rows = await t.db
            .selectFrom('device_reports')
            .select(['id', 'unsent_commands'])
            .where('device_id', '=', client.deviceId)
            .execute();
          expect(Object.fromEntries(rows.map((r) => [r.id, r.unsent_commands]))).toEqual(
            Object.fromEntries(commands.map((c, i) => [c.id, i])),
          );
          await app.close();
        },
      ),
      { numRuns: 6 },
    );
  });
});
