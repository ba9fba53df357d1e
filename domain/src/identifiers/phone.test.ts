import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPhone, isMobile, MobilePhoneNumber, normalisePhone, PhoneNumber } from './phone.js';

describe('normalisePhone', () => {
  it.each([
    '+380 67 123 45 67',
    '380671234567',
    '0671234567',
    '067-123-45-67',
    '(067) 123 45 67',
    '8 067 123 45 67',
    '067.123.45.67',
    '+38 (067) 123-45-67',
    '+380 (067) 123 45 67',
    '00380 67 123 45 67',
    '  067\u00a0123\u00a045\u00a067 ',
    '067–123–45–67',
  ])('reads %j as +380671234567', (input) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: '+380671234567' });
  });

  it('keeps landline numbers too', () => {
    expect(normalisePhone('(0382) 65-43-21')).toEqual({ ok: true, value: '+380382654321' });
  });

  it.each([
    ['', 'phone.empty'],
    ['  - ', 'phone.empty'],
    ['067 123 45 6', 'phone.length'],
    ['067 123 45 678', 'phone.length'],
    ['67 123 45 67', 'phone.length'],
    ['+380 67 123 45 6', 'phone.length'],
    ['+380 0 123 45 67', 'phone.length'],
    ['+48 601 234 567', 'phone.country'],
    ['+1 202 555 0143', 'phone.country'],
    ['0048 601 234 567', 'phone.country'],
    ['067 123 45 6x', 'phone.characters'],
    ['O67 123 45 67', 'phone.characters'],
    ['067+1234567', 'phone.characters'],
    ['тел. 0671234567', 'phone.characters'],
  ])('refuses %j with %s', (input, reason) => {
    expect(normalisePhone(input)).toEqual({ ok: false, reason });
  });

  it('gives the same number for every usual writing of any nine digits', () => {
    const nine = fc.stringMatching(/^[1-9]\d{8}$/);
    fc.assert(
      fc.property(nine, (n) => {
        const expected = { ok: true, value: `+380${n}` };
        const spaced = `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
        expect(normalisePhone(`+380${n}`)).toEqual(expected);
        expect(normalisePhone(`0${n}`)).toEqual(expected);
        expect(normalisePhone(`8${spaced}`)).toEqual(expected);
        expect(normalisePhone(`(${spaced.slice(0, 3)})${spaced.slice(3)}`)).toEqual(expected);
        expect(normalisePhone(formatPhone(`+380${n}`))).toEqual(expected);
      }),
    );
  });
});

describe('formatPhone and isMobile', () => {
  it('shows a stored number in groups', () => {
    expect(formatPhone('+380671234567')).toBe('+380 67 123 45 67');
    expect(formatPhone('0501112233')).toBe('+380 50 111 22 33');
  });

  it('shows text that is not a Ukrainian number as typed', () => {
    expect(formatPhone('+48 601 234 567')).toBe('+48 601 234 567');
  });

  it.each(['39', '50', '63', '66', '67', '68', '73', '91', '92', '93', '94', '95', '96', '97', '98', '99'])(
    'treats operator code %s as mobile',
    (code) => expect(isMobile(`+380${code}1234567`)).toBe(true),
  );

  it('does not treat landlines, free-phone numbers or bad input as mobile', () => {
    expect(isMobile('+380442345678')).toBe(false);
    expect(isMobile('0800 500 123')).toBe(false);
    expect(isMobile('+380 64 123 45 67')).toBe(false);
    expect(isMobile('nonsense')).toBe(false);
  });
});

describe('PhoneNumber schema', () => {
  it('stores the normalised number', () => {
    expect(PhoneNumber.parse('(067) 123 45 67')).toBe('+380671234567');
    expect(z.strictObject({ phone: PhoneNumber }).parse({ phone: '8 050 111 22 33' })).toEqual({
      phone: '+380501112233',
    });
  });

  it('refuses with a custom issue that carries the reason', () => {
    const result = PhoneNumber.safeParse('067 123');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', params: { reason: 'phone.length' }, path: [] }),
    ]);
  });

  it('refuses an overlong paste with a single length issue', () => {
    const result = PhoneNumber.safeParse('0'.repeat(41));
    expect(result.error?.issues.map((i) => i.code)).toEqual(['too_big']);
  });

  it('describes itself in JSON Schema as a string, for requests and for responses', () => {
    for (const io of ['input', 'output'] as const) {
      expect(z.toJSONSchema(PhoneNumber, { io })).toMatchObject({
        type: 'string',
        maxLength: 40,
        description: expect.stringContaining('+380'),
        examples: ['+380671234567', '067 123 45 67'],
      });
    }
  });

  it('accepts only mobile numbers where text messages are meant to go', () => {
    expect(MobilePhoneNumber.parse('097 000 11 22')).toBe('+380970001122');
    expect(MobilePhoneNumber.safeParse('044 234 56 78').error?.issues[0]).toMatchObject({
      params: { reason: 'phone.not_mobile' },
    });
  });
});
