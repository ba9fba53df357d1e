import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '@valiza/domain';
import {
  addMinutes,
  daysToApprove,
  legsOf,
  mondayOf,
  prefersDay,
  suggestedWindow,
  usableTileUrl,
  versionsOf,
  visitsByKit,
  weekOf,
} from './planning-logic';

const summary = (day: string, patch: Partial<PlanSummary> = {}): PlanSummary => ({
  day,
  state: 'draft',
  version: 0,
  approvals: 0,
  approvedAt: null,
  visitCount: 0,
  sessionCount: 0,
  ...patch,
});

const ROUTING = { roadFactor: 1.3, speedKmh: 40, serviceUrl: null };

describe('planning board logic', () => {
  it('adds minutes to a clock time within the day', () => {
    expect(addMinutes('09:40', 45)).toBe('10:25');
    expect(addMinutes('23:30', 90)).toBe('23:59');
  });

  it('finds the week of a day, Monday first', () => {
    expect(mondayOf('2027-03-04')).toBe('2027-03-01');
    expect(mondayOf('2027-03-07')).toBe('2027-03-01');
    expect(weekOf('2027-03-01')).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
    ]);
  });

  it('sends the versions seen and approves only days with something new', () => {
    const days = [
      summary('2027-03-01', { version: 3, visitCount: 2 }),
      summary('2027-03-02', { version: 1, state: 'approved', approvals: 1, visitCount: 1 }),
      summary('2027-03-03', { version: 5, state: 'changed', sessionCount: 1 }),
      summary('2027-03-04'),
      summary('2027-03-05', { version: 4, state: 'changed', approvals: 1 }),
    ];
    expect(versionsOf(days)).toEqual({
      '2027-03-01': 3,
      '2027-03-02': 1,
      '2027-03-03': 5,
      '2027-03-04': 0,
      '2027-03-05': 4,
    });
    // A day emptied after approval needs approving again, so the devices drop it.
    expect(daysToApprove(days).map((d) => d.day)).toEqual(['2027-03-01', '2027-03-03', '2027-03-05']);
  });

  it('suggests the preferred window and the minutes of the services', () => {
    const preferences = { weekdays: ['tue'], windows: [{ from: '10:00', to: '13:00' }] };
    expect(suggestedWindow({ preferences, serviceMinutes: 45 } as never)).toEqual({
      startTime: '10:00',
      endTime: '10:45',
    });
    expect(
      suggestedWindow({ preferences: { weekdays: [], windows: [] }, serviceMinutes: 30 } as never),
    ).toEqual({ startTime: '09:00', endTime: '09:30' });
    expect(prefersDay({ preferences } as never, '2027-03-02')).toBe(true);
    expect(prefersDay({ preferences } as never, '2027-03-03')).toBe(false);
    expect(prefersDay({ preferences: { weekdays: [] } } as never, '2027-03-03')).toBe(true);
  });

  it('estimates travel from the centre through the stops, skipping unknown points', () => {
    const at = (id: string, lat: number | null, lon: number | null) => ({
      id,
      kind: 'home' as const,
      location: { address: '', localityId: null, localityName: null, lat, lon, approximate: false },
    });
    const legs = legsOf(
      [at('a', 48.5, 34.6), at('b', null, null), at('c', 48.6, 34.6)],
      { lat: 48.5, lon: 34.6 },
      ROUTING,
    );
    expect(legs[0]).toEqual({ visitId: 'a', minutes: 0 });
    expect(legs[1]).toEqual({ visitId: 'b', minutes: null });
    // 11.1 km × 1.3 at 40 km/h ≈ 21.7 minutes, rounded up.
    expect(legs[2]).toEqual({ visitId: 'c', minutes: 22 });
    expect(legsOf([at('a', 48.5, 34.6)], { lat: null, lon: null }, ROUTING)[0]!.minutes).toBeNull();
  });

  it('groups visits per kit in route order', () => {
    const v = (id: string, kitId: string, sequence: number | null, startsAt: string) => ({
      id,
      kitId,
      sequence,
      startsAt,
    });
    const groups = visitsByKit([
      v('late', 'k1', null, '2027-03-01T12:00:00Z'),
      v('second', 'k1', 2, '2027-03-01T08:00:00Z'),
      v('first', 'k1', 1, '2027-03-01T09:00:00Z'),
      v('other', 'k2', null, '2027-03-01T07:00:00Z'),
    ]);
    expect(groups.get('k1')!.map((x) => x.id)).toEqual(['first', 'second', 'late']);
    expect(groups.get('k2')!.map((x) => x.id)).toEqual(['other']);
  });

  it('uses only http(s) tile templates with z, x and y', () => {
    expect(usableTileUrl('https://t.example/{z}/{x}/{y}.png')).toBe('https://t.example/{z}/{x}/{y}.png');
    expect(usableTileUrl('')).toBeNull();
    expect(usableTileUrl(null)).toBeNull();
    expect(usableTileUrl('javascript:alert(1)//{z}{x}{y}')).toBeNull();
  });
});
