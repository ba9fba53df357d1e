import { describe, expect, it } from 'vitest';
import { cyrillicLookalikesToLatin } from './lookalikes.js';
import {
  IdCardNumber,
  normaliseIdCardNumber,
  normalisePassportBook,
  PassportBookNumber,
} from './passport-book.js';

describe('normalisePassportBook', () => {
  it.each([
    ['МЕ123456', 'МЕ123456'],
    ['ме 123456', 'МЕ123456'],
    ['МЕ №123456', 'МЕ123456'],
    ['МЕ-123456', 'МЕ123456'],
    ['ME123456', 'МЕ123456'],
    ['me123456', 'МЕ123456'],
    ['Mе123456', 'МЕ123456'],
    ['АХ000001', 'АХ000001'],
    ['ax000001', 'АХ000001'],
    ['КІ654321', 'КІ654321'],
    ['ki654321', 'КІ654321'],
    ['ВС 987654', 'ВС987654'],
    ['ЄЮ111111', 'ЄЮ111111'],
    ['ґї222222', 'ҐЇ222222'],
  ])('reads %j as %s', (input, value) => {
    expect(normalisePassportBook(input)).toEqual({ ok: true, value });
  });

  it('turns every Latin look-alike into its Cyrillic letter', () => {
    const latin = 'ABCEHIKMOPTX';
    for (let i = 0; i < latin.length; i += 2) {
      const series = latin.slice(i, i + 2);
      const result = normalisePassportBook(`${series}123456`);
      if (!result.ok) throw new Error(`refused ${series}`);
      const letters = result.value.slice(0, 2);
      expect(Array.from(letters, (ch) => ch.codePointAt(0)! >= 0x400 && ch.codePointAt(0)! <= 0x4ff)).toEqual(
        [true, true],
      );
      expect(cyrillicLookalikesToLatin(letters)).toBe(series);
    }
  });

  it.each([
    '',
    'МЕ12345',
    'МЕ1234567',
    'М123456',
    'МЕЕ123456',
    'MQ123456',
    'ЫЭ123456',
    'ЁЪ123456',
    '12123456',
    'МЕ12345О',
  ])('refuses %j', (input) => {
    expect(normalisePassportBook(input)).toEqual({ ok: false, reason: 'passport.format' });
  });

  it('refuses through the schema with the reason', () => {
    expect(PassportBookNumber.parse('me 123456')).toBe('МЕ123456');
    expect(PassportBookNumber.safeParse('ME12345').error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { reason: 'passport.format' },
    });
  });
});

describe('normaliseIdCardNumber', () => {
  it('accepts nine digits, spaces ignored', () => {
    expect(normaliseIdCardNumber('000123456')).toEqual({ ok: true, value: '000123456' });
    expect(normaliseIdCardNumber(' 000 123 456 ')).toEqual({ ok: true, value: '000123456' });
    expect(IdCardNumber.parse('№ 000123456')).toBe('000123456');
  });

  it.each(['', '00012345', '0001234567', 'O00123456', 'МЕ123456'])('refuses %j', (input) => {
    expect(normaliseIdCardNumber(input)).toEqual({ ok: false, reason: 'id_card.format' });
  });
});
