import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, haversineKm, straightLineMatrix, travelMinutes } from './travel.js';

const kamianske = { lat: 48.5132, lon: 34.6031 };
const karnaukhivka = { lat: 48.4897, lon: 34.7456 };

describe('travel estimate', () => {
  it('measures the great-circle distance (Kyiv–Lviv is about 468 km)', () => {
    expect(haversineKm({ lat: 50.4501, lon: 30.5234 }, { lat: 49.8397, lon: 24.0297 })).toBeCloseTo(468, -1);
    expect(haversineKm(kamianske, kamianske)).toBe(0);
  });

  it('stretches the line by the road factor and divides by the speed, rounding up', () => {
    const km = haversineKm(kamianske, karnaukhivka);
    expect(km).toBeGreaterThan(10);
    expect(km).toBeLessThan(12);
    expect(travelMinutes(kamianske, karnaukhivka, DEFAULT_ROUTING)).toBe(Math.ceil(((km * 1.3) / 40) * 60));
    expect(travelMinutes(kamianske, karnaukhivka, { roadFactor: 1, speedKmh: 60, serviceUrl: null })).toBe(
      Math.ceil(km),
    );
  });

  it('builds a symmetric matrix with zeros on the diagonal', () => {
    const m = straightLineMatrix([kamianske, karnaukhivka, { lat: 48.45, lon: 34.66 }], DEFAULT_ROUTING);
    expect(m.map((row, i) => row[i])).toEqual([0, 0, 0]);
    expect(m[0]![1]).toBe(m[1]![0]);
  });
});
