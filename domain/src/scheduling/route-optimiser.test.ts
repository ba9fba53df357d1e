import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRoute, type RouteProblem, type RouteStop } from './route-evaluation.js';
import { optimiseRoute } from './route-optimiser.js';
import { DEFAULT_ROUTING, straightLineMatrix, type GeoPoint } from './travel.js';

const centre: GeoPoint = { lat: 48.5, lon: 34.6 };
const at = (h: number, m = 0) => h * 60 + m;

function problem(points: GeoPoint[], stops: RouteStop[], returnBy: number | null = at(17)): RouteProblem {
  return {
    stops,
    travel: straightLineMatrix([centre, ...points], DEFAULT_ROUTING),
    departure: at(8),
    returnBy,
  };
}

describe('route optimiser', () => {
  it('undoes a zig-zag: stops along a line are visited in line order', () => {
    const points = [0.2, 0.05, 0.15, 0.1].map((d) => ({ lat: 48.5, lon: 34.6 + d }));
    const stops = points.map((_, i) => ({ id: `s${i}`, serviceMinutes: 30, window: null }));
    const p = problem(points, stops);
    const result = optimiseRoute(p);
    const ids = result.order.map((i) => stops[i]!.id);
    expect([ids, [...ids].reverse()]).toContainEqual(['s1', 's3', 's2', 's0']);
    expect(result.evaluation.travelMinutes).toBeLessThan(evaluateRoute(p, [0, 1, 2, 3]).travelMinutes);
    expect(result.unplaced).toEqual([]);
  });

  it('puts a stop with an early window first even when it is far', () => {
    const points = [
      { lat: 48.5, lon: 34.62 },
      { lat: 48.5, lon: 34.9 },
    ];
    const stops: RouteStop[] = [
      { id: 'near', serviceMinutes: 30, window: null },
      { id: 'far-early', serviceMinutes: 30, window: { from: at(8), to: at(9, 30) } },
    ];
    const result = optimiseRoute(problem(points, stops));
    expect(result.order).toEqual([1, 0]);
    expect(result.evaluation.feasible).toBe(true);
    expect(result.evaluation.stops[0]!.end).toBeLessThanOrEqual(at(9, 30));
  });

  it('reports a stop that cannot be fitted instead of dropping it', () => {
    const points = [
      { lat: 48.5, lon: 34.62 },
      { lat: 48.5, lon: 34.63 },
    ];
    const stops: RouteStop[] = [
      { id: 'a', serviceMinutes: 60, window: { from: at(10), to: at(11) } },
      { id: 'b', serviceMinutes: 60, window: { from: at(10), to: at(11) } },
    ];
    const result = optimiseRoute(problem(points, stops));
    expect(result.order).toHaveLength(1);
    expect(result.unplaced).toHaveLength(1);
    expect([...result.order, ...result.unplaced].sort()).toEqual([0, 1]);
  });

  it('is deterministic', () => {
    const points = Array.from({ length: 8 }, (_, i) => ({
      lat: 48.4 + (i % 3) * 0.05,
      lon: 34.5 + i * 0.03,
    }));
    const stops = points.map((_, i) => ({ id: `s${i}`, serviceMinutes: 20, window: null }));
    expect(optimiseRoute(problem(points, stops))).toEqual(optimiseRoute(problem(points, stops)));
  });
});

const stopArbitrary = fc.record({
  lat: fc.double({ min: 48.3, max: 48.7, noNaN: true }),
  lon: fc.double({ min: 34.4, max: 34.9, noNaN: true }),
  serviceMinutes: fc.integer({ min: 10, max: 60 }),
  window: fc.option(
    fc.record({ from: fc.integer({ min: at(8), max: at(15) }), length: fc.integer({ min: 60, max: 300 }) }),
    { nil: null },
  ),
});

describe('route optimiser properties', () => {
  const problems = fc.array(stopArbitrary, { minLength: 1, maxLength: 9 }).map((raw) =>
    problem(
      raw.map((s) => ({ lat: s.lat, lon: s.lon })),
      raw.map((s, i) => ({
        id: `s${i}`,
        serviceMinutes: s.serviceMinutes,
        window: s.window ? { from: s.window.from, to: s.window.from + s.window.length } : null,
      })),
      null,
    ),
  );

  it('answers a permutation of the stops: each routed or reported exactly once', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const r = optimiseRoute(p);
        expect([...r.order, ...r.unplaced].sort((a, b) => a - b)).toEqual(p.stops.map((_, i) => i));
      }),
    );
  });

  it('keeps every routed stop inside its window', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const r = optimiseRoute(p);
        expect(r.evaluation.feasible).toBe(true);
        for (const s of r.evaluation.stops) {
          const window = p.stops.find((stop) => stop.id === s.id)!.window;
          if (window) expect(s.start >= window.from && s.end <= window.to).toBe(true);
        }
      }),
    );
  });

  it('is never longer than the given order when that order is feasible', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const naive = evaluateRoute(
          p,
          p.stops.map((_, i) => i),
        );
        fc.pre(naive.feasible);
        const r = optimiseRoute(p);
        expect(r.unplaced).toEqual([]);
        expect(r.evaluation.totalMinutes).toBeLessThanOrEqual(naive.totalMinutes);
      }),
    );
  });
});
