import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/civil-date.js';
import {
  assessCategory,
  CATEGORY_CODES,
  confirmedCategories,
  isAged80OrMore,
  isMandatoryCategory,
  offeredCategories,
  type EligibilityFacts,
} from './eligibility.js';

const facts = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  birthDate: null,
  today: '2026-11-23',
  placeKind: 'home',
  localityRemote: false,
  ...over,
});

describe('eligibility categories', () => {
  it('makes exactly disability group I and the medical commission mandatory', () => {
    expect(CATEGORY_CODES.filter(isMandatoryCategory)).toEqual(['disability_group_1', 'self_care_incapable']);
  });

  it('always offers the mandatory categories, whatever the centre switched on', () => {
    expect(offeredCategories([])).toEqual(['disability_group_1', 'self_care_incapable']);
    expect(offeredCategories(['everybody', 'aged_80_plus'])).toEqual([
      'disability_group_1',
      'self_care_incapable',
      'aged_80_plus',
      'everybody',
    ]);
  });

  it('counts 80 years from the birthday itself, in Kyiv days', () => {
    expect(isAged80OrMore('1946-11-23', '2026-11-23')).toBe(true);
    expect(isAged80OrMore('1946-11-24', '2026-11-23')).toBe(false);
    expect(isAged80OrMore('1944-02-29', '2024-02-28')).toBe(false);
    expect(isAged80OrMore('1944-02-29', '2024-02-29')).toBe(true);
  });

  it('turns 80 on exactly one day of any life', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('1920-01-01', n));
    fc.assert(
      fc.property(day, (birth) => {
        const birthday80 = `${Number(birth.slice(0, 4)) + 80}${birth.slice(4)}`;
        const on = birth.endsWith('02-29')
          ? addDays(`${Number(birth.slice(0, 4)) + 80}-02-28`, 1)
          : birthday80;
        expect(isAged80OrMore(birth, on)).toBe(true);
        expect(isAged80OrMore(birth, addDays(on, -1))).toBe(false);
      }),
    );
  });

  it('confirms 80+ from the birth date and contradicts it for someone younger', () => {
    expect(assessCategory('aged_80_plus', facts({ birthDate: '1940-01-01' }))).toBe('confirmed');
    expect(assessCategory('aged_80_plus', facts({ birthDate: '1990-01-01' }))).toBe('contradicted');
    expect(assessCategory('aged_80_plus', facts())).toBe('needs_evidence');
  });

  it('confirms a remote locality from the centre’s list and contradicts a locality that is not remote', () => {
    expect(assessCategory('remote_locality', facts({ localityRemote: true }))).toBe('confirmed');
    expect(assessCategory('remote_locality', facts({ localityRemote: false }))).toBe('contradicted');
    expect(assessCategory('remote_locality', facts({ localityRemote: null }))).toBe('needs_evidence');
  });

  it('contradicts an in-patient whose visit is not at a hospital, and needs proof otherwise', () => {
    expect(assessCategory('inpatient', facts({ placeKind: 'home' }))).toBe('contradicted');
    expect(assessCategory('inpatient', facts({ placeKind: 'hospital' }))).toBe('needs_evidence');
  });

  it('always needs a document for disability, the medical commission and immobility', () => {
    for (const code of ['disability_group_1', 'self_care_incapable', 'immobile'] as const)
      expect(assessCategory(code, facts({ birthDate: '1930-01-01', localityRemote: true }))).toBe(
        'needs_evidence',
      );
  });

  it('suggests only offered categories the facts confirm', () => {
    const offered = offeredCategories(['aged_80_plus', 'remote_locality']);
    expect(confirmedCategories(offered, facts({ birthDate: '1930-05-05', localityRemote: true }))).toEqual([
      'aged_80_plus',
      'remote_locality',
    ]);
    expect(confirmedCategories(offered, facts({ birthDate: '1990-05-05' }))).toEqual([]);
  });
});
