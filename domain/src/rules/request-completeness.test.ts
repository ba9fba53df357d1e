import { describe, expect, it } from 'vitest';
import {
  MISSING_ITEMS,
  MISSING_ITEM_TEXTS,
  missingForEligibility,
  type CompletenessFacts,
} from './request-completeness.js';

const complete: CompletenessFacts = {
  channel: 'phone',
  birthDate: '1940-01-01',
  category: 'aged_80_plus',
  evidence: 'seen',
  placeComplete: true,
  services: [{ checklistReadOut: true, paid: true, paymentMethod: 'pos_terminal' }],
  callerIdentified: true,
  liabilityWarnedByOperator: true,
  dataNoticeByOperator: true,
};

describe('request completeness', () => {
  it('finds nothing missing in a full intake', () => {
    expect(missingForEligibility(complete)).toEqual([]);
  });

  it('lists everything a bare public-form request still lacks', () => {
    expect(
      missingForEligibility({
        channel: 'web',
        birthDate: null,
        category: null,
        evidence: null,
        placeComplete: false,
        services: [{ checklistReadOut: false, paid: true, paymentMethod: null }],
        callerIdentified: false,
        liabilityWarnedByOperator: false,
        dataNoticeByOperator: false,
      }),
    ).toEqual([
      'birth_date',
      'category',
      'evidence',
      'place',
      'checklist',
      'payment_method',
      'liability_warning',
      'personal_data_notice',
    ]);
  });

  it('asks how the caller was identified only for phone requests', () => {
    expect(missingForEligibility({ ...complete, callerIdentified: false })).toEqual([
      'caller_identification',
    ]);
    expect(missingForEligibility({ ...complete, channel: 'in_person', callerIdentified: false })).toEqual([]);
  });

  it('names every item in both languages', () => {
    for (const item of MISSING_ITEMS)
      expect(MISSING_ITEM_TEXTS[item].uk).not.toBe(MISSING_ITEM_TEXTS[item].en);
  });
});
