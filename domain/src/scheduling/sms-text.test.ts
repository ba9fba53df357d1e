import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, SMS_MAX_SEGMENTS, smsSegments, smsText } from './sms-text.js';

describe('SMS texts', () => {
  it('counts GSM-7 and UCS-2 segments', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('{'.repeat(80))).toBe(1);
    expect(smsSegments('ї'.repeat(70))).toBe(1);
    expect(smsSegments('ї'.repeat(71))).toBe(2);
    expect(smsSegments('ї'.repeat(134))).toBe(2);
    expect(smsSegments('ї'.repeat(135))).toBe(3);
  });

  it('says the date, the window and the centre phone', () => {
    const text = smsText({
      kind: 'scheduled',
      day: '2026-11-24',
      from: '10:00',
      to: '11:00',
      centrePhone: '+380569000001',
    });
    expect(text).toBe(
      'ЦНАП: адміністратор прийде 24.11.2026 з 10:00 до 11:00. Підготуйте документи. Тел. +380569000001',
    );
  });

  it('keeps every kind within two segments, shortening a long place name', () => {
    const place = 'Будинок культури села Карнаухівка, вулиця Центральна, будинок 12, другий поверх, зала';
    for (const kind of NOTICE_KINDS) {
      for (const where of [null, place]) {
        const text = smsText({
          kind,
          day: '2026-12-31',
          from: '10:00',
          to: '13:00',
          centrePhone: '+380569000001',
          place: where,
        });
        expect(smsSegments(text)).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
        expect(text).toContain('31.12.2026');
        expect(text).toContain('+380569000001');
      }
    }
    const outreach = smsText({
      kind: 'scheduled',
      day: '2026-12-31',
      from: '10:00',
      to: '13:00',
      centrePhone: '+380569000001',
      place,
    });
    expect(outreach).toContain('Будинок культури');
    expect(outreach).toContain('…');
  });
});
