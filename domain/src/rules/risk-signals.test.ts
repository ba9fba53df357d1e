import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRiskSignal,
  PHONE_REQUESTS_THRESHOLD,
  RISK_SIGNAL_CODES,
  RISK_SIGNAL_TEXTS,
  riskSignals,
  type RiskFacts,
} from './risk-signals.js';

const quiet: RiskFacts = {
  today: '2026-11-23',
  category: 'disability_group_1',
  birthDate: '1950-03-01',
  placeKind: 'home',
  localityRemote: false,
  addressInCommunity: true,
  registeredInCommunity: true,
  openRequestsOfApplicant: [],
  openRequestsOfPhone: [],
  requestsFromPhone: 1,
  incidents: [],
};
const codes = (facts: Partial<RiskFacts>) => riskSignals({ ...quiet, ...facts }).map((s) => s.code);

describe('risk signals', () => {
  it('raises nothing for an ordinary request', () => {
    expect(riskSignals(quiet)).toEqual([]);
  });

  it('flags another open request of the same person or phone, naming its number', () => {
    const [signal] = riskSignals({ ...quiet, openRequestsOfApplicant: ['КАМ-2026-000007'] });
    expect(signal).toEqual({ code: 'open_request_same_applicant', params: { numbers: 'КАМ-2026-000007' } });
    expect(codes({ openRequestsOfPhone: ['КАМ-2026-000008'] })).toEqual(['open_request_same_phone']);
  });

  it('flags a phone from the third request within 30 days', () => {
    expect(codes({ requestsFromPhone: PHONE_REQUESTS_THRESHOLD - 1 })).toEqual([]);
    expect(riskSignals({ ...quiet, requestsFromPhone: PHONE_REQUESTS_THRESHOLD })).toEqual([
      { code: 'phone_many_requests', params: { count: 3, days: 30 } },
    ]);
  });

  it('flags an 80+ category whose birth date says otherwise, with the real age', () => {
    const signals = riskSignals({ ...quiet, category: 'aged_80_plus', birthDate: '1961-11-24' });
    expect(signals).toEqual([{ code: 'age_below_80', params: { age: 64 } }]);
    expect(describeRiskSignal(signals[0]!, 'uk')).toContain('64');
    expect(codes({ category: 'aged_80_plus', birthDate: '1946-11-23' })).toEqual([]);
  });

  it('flags a remote-locality or in-patient category that the place contradicts', () => {
    expect(codes({ category: 'remote_locality', localityRemote: false })).toEqual(['locality_not_remote']);
    expect(codes({ category: 'remote_locality', localityRemote: true })).toEqual([]);
    expect(codes({ category: 'inpatient', placeKind: 'home' })).toEqual(['not_in_hospital']);
  });

  it('flags an address outside the community and a person not registered in it', () => {
    expect(codes({ addressInCommunity: false, localityRemote: null })).toEqual(['address_outside_community']);
    expect(codes({ registeredInCommunity: false })).toEqual(['not_registered_in_community']);
    expect(codes({ registeredInCommunity: null })).toEqual([]);
  });

  it('flags each kind of earlier incident once, with its latest date', () => {
    const signals = riskSignals({
      ...quiet,
      incidents: [
        { kind: 'aggression', occurredOn: '2026-10-02' },
        { kind: 'aggression', occurredOn: '2025-01-15' },
        { kind: 'doubtful_capacity', occurredOn: '2026-03-01' },
      ],
    });
    expect(signals).toEqual([
      { code: 'incident_aggression', params: { date: '02.10.2026' } },
      { code: 'incident_doubtful_capacity', params: { date: '01.03.2026' } },
    ]);
  });

  it('has a text in both languages for every code, with every placeholder filled', () => {
    for (const code of RISK_SIGNAL_CODES) {
      expect(RISK_SIGNAL_TEXTS[code].uk).not.toBe(RISK_SIGNAL_TEXTS[code].en);
      const text = describeRiskSignal(
        { code, params: { numbers: 'X', count: 4, days: 30, age: 50, date: 'D' } },
        'en',
      );
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('never raises a signal twice and never invents one from quiet facts', () => {
    const arbitrary = fc.record({
      openRequestsOfApplicant: fc.array(fc.constant('A-2026-000001'), { maxLength: 2 }),
      openRequestsOfPhone: fc.array(fc.constant('A-2026-000002'), { maxLength: 2 }),
      requestsFromPhone: fc.integer({ min: 0, max: 10 }),
      addressInCommunity: fc.boolean(),
      registeredInCommunity: fc.option(fc.boolean()),
      incidents: fc.array(
        fc.record({
          kind: fc.constantFrom('aggression', 'doubtful_capacity', 'false_call', 'other' as const),
          occurredOn: fc.constant('2026-01-01'),
        }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(arbitrary, (partial) => {
        const list = codes(partial);
        expect(new Set(list).size).toBe(list.length);
        if (partial.requestsFromPhone < PHONE_REQUESTS_THRESHOLD)
          expect(list).not.toContain('phone_many_requests');
      }),
    );
  });
});
