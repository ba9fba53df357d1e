import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptCommand, receiveCommand, type ModelOutcome, type StoredCommand } from './acceptance.js';

interface Work {
  id: string;
  deviceId: string;
  hash: string;
  payload: { unsent: number };
}

/** A small deterministic generator, so one fast-check seed replays one whole network history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Commands of two devices, each with a distinct id. */
const workOfTwoDevices = fc
  .tuple(fc.array(fc.nat(50), { maxLength: 15 }), fc.array(fc.nat(50), { maxLength: 15 }))
  .map(([a, b]): Work[] => [
    ...a.map((unsent, i) => ({
      id: `a-${i}`,
      deviceId: 'A',
      hash: `h-a-${i}-${unsent}`,
      payload: { unsent },
    })),
    ...b.map((unsent, i) => ({
      id: `b-${i}`,
      deviceId: 'B',
      hash: `h-b-${i}-${unsent}`,
      payload: { unsent },
    })),
  ]);

const network = fc.record({
  seed: fc.integer(),
  lossRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
  failureRate: fc.double({ min: 0, max: 0.4, noNaN: true }),
  duplicateRate: fc.double({ min: 0, max: 0.8, noNaN: true }),
});

/**
 * Runs the devices' outboxes against the model server over a network that shuffles batches,
 * duplicates commands, delays some to later rounds, loses answers and fails transiently. A device
 * drops a command only when it reads `applied` or `duplicate`, exactly as the field app does.
 */
function simulate(
  work: Work[],
  net: { seed: number; lossRate: number; failureRate: number; duplicateRate: number },
) {
  const next = random(net.seed);
  const ledger = new Map<string, StoredCommand>();
  const effects = new Map<string, { unsent: number; times: number }>();
  const firstResult = new Map<string, Record<string, unknown>>();
  const outbox = new Map(work.map((w) => [w.id, w]));
  let rounds = 0;
  while (outbox.size > 0 && rounds < 500) {
    rounds += 1;
    const batch = [...outbox.values()].filter(() => next() < 0.7);
    for (const w of [...batch]) if (next() < net.duplicateRate) batch.push(w);
    batch.sort(() => next() - 0.5);
    for (const w of batch) {
      if (next() < net.failureRate) continue; // `error`: nothing stored, the device keeps it
      const outcome: ModelOutcome = receiveCommand(ledger, w, () => {
        const seen = effects.get(w.id);
        effects.set(w.id, { unsent: w.payload.unsent, times: (seen?.times ?? 0) + 1 });
        return { reportId: w.id, unsent: w.payload.unsent };
      });
      if (outcome.status === 'rejected') throw new Error('an honest resend was rejected');
      if (outcome.status === 'applied') firstResult.set(w.id, outcome.result);
      else expect(outcome.result).toEqual(firstResult.get(w.id));
      if (next() >= net.lossRate) outbox.delete(w.id); // the answer reached the device
    }
  }
  return { ledger, effects, outbox };
}

describe('the acceptance rule', () => {
  it('tells a resend from a conflict', () => {
    const stored = { deviceId: 'A', hash: 'h1', result: { ok: 1 } };
    expect(acceptCommand(undefined, { deviceId: 'A', hash: 'h1' })).toEqual({ kind: 'new' });
    expect(acceptCommand(stored, { deviceId: 'A', hash: 'h1' })).toEqual({
      kind: 'duplicate',
      result: { ok: 1 },
    });
    expect(acceptCommand(stored, { deviceId: 'A', hash: 'h2' })).toEqual({ kind: 'conflict' });
    expect(acceptCommand(stored, { deviceId: 'B', hash: 'h1' })).toEqual({ kind: 'conflict' });
  });

  it('loses nothing and doubles nothing over shuffled, duplicated, delayed and failing deliveries', () => {
    fc.assert(
      fc.property(workOfTwoDevices, network, (work, net) => {
        const { effects, outbox, ledger } = simulate(work, net);
        expect(outbox.size).toBe(0);
        expect(ledger.size).toBe(work.length);
        for (const w of work) expect(effects.get(w.id)).toEqual({ unsent: w.payload.unsent, times: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('ends in the same state whatever the order of delivery', () => {
    fc.assert(
      fc.property(workOfTwoDevices, network, network, (work, first, second) => {
        const a = simulate(work, first).effects;
        const b = simulate(work, second).effects;
        expect(Object.fromEntries([...a].sort())).toEqual(Object.fromEntries([...b].sort()));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the first content under an id and refuses every other content, in any order', () => {
    const variant = fc.record({
      deviceId: fc.constantFrom('A', 'B'),
      hash: fc.constantFrom('h1', 'h2', 'h3'),
    });
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 20 }), (arrivals) => {
        const ledger = new Map<string, StoredCommand>();
        let applied = 0;
        const outcomes = arrivals.map((a) =>
          receiveCommand(ledger, { id: 'x', ...a }, () => {
            applied += 1;
            return { n: applied };
          }),
        );
        const first = arrivals[0]!;
        expect(applied).toBe(1);
        expect(ledger.get('x')).toMatchObject(first);
        arrivals.forEach((a, i) => {
          const same = a.deviceId === first.deviceId && a.hash === first.hash;
          expect(outcomes[i]!.status).toBe(i === 0 ? 'applied' : same ? 'duplicate' : 'rejected');
        });
      }),
    );
  });
});
