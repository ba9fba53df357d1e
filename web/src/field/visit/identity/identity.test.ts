import { describe, expect, it } from 'vitest';
import { checkIdentity, EMPTY_IDENTITY, fillFromMrz } from './identity';

const CARD = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
];

describe('fillFromMrz', () => {
  it('fills the identity from a pasted ID-card MRZ', async () => {
    const filled = await fillFromMrz(EMPTY_IDENTITY, CARD.join('\n'), '2026-03-15');
    expect(filled).toEqual({
      ok: true,
      draft: {
        ...EMPTY_IDENTITY,
        mrz: CARD.join('\n'),
        documentNumber: '000123456',
        unzr: '19850315-12340',
        birthDate: '1985-03-15',
        expiryDate: '2032-03-15',
        latinName: 'SHEVCHENKO OLENA',
      },
    });
  });

  it('refuses an MRZ whose check digit is wrong and says which', async () => {
    const broken = [CARD[0]!.replace('0001234565', '0001234566'), CARD[1], CARD[2]].join('\n');
    const filled = await fillFromMrz(EMPTY_IDENTITY, broken, '2026-03-15');
    expect(filled.ok).toBe(false);
    expect(filled.ok ? [] : filled.reasons).toContain('mrz.document_number_check');
  });
});

describe('checkIdentity', () => {
  it('accepts a filled ID card with a valid taxpayer number', async () => {
    const filled = await fillFromMrz(EMPTY_IDENTITY, CARD.join('\n'), '2026-03-15');
    if (!filled.ok) throw new Error('fixture');
    expect(checkIdentity({ ...filled.draft, rnokpp: '1759013776' })).toEqual({
      ok: true,
      value: {
        documentKind: 'id_card',
        documentNumber: '000123456',
        unzr: '19850315-12340',
        rnokpp: '1759013776',
      },
    });
  });

  it('names the wrong check digits of the UNZR and the taxpayer number', () => {
    const result = checkIdentity({
      ...EMPTY_IDENTITY,
      documentNumber: '000123456',
      unzr: '19850315-12341',
      rnokpp: '1759013777',
    });
    expect(result).toEqual({ ok: false, errors: { unzr: 'unzr.check_digit', rnokpp: 'rnokpp.check_digit' } });
  });

  it('reads a passport book typed in the Latin layout and asks for nothing more when there is no taxpayer number', () => {
    const result = checkIdentity({
      ...EMPTY_IDENTITY,
      documentKind: 'passport_book',
      documentNumber: 'me 123456',
      noRnokpp: true,
    });
    expect(result).toEqual({
      ok: true,
      value: { documentKind: 'passport_book', documentNumber: 'МЕ123456', unzr: null, rnokpp: null },
    });
  });
});
