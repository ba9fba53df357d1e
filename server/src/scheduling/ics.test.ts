import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsCalendar } from './ics.js';

describe('iCalendar writer', () => {
  it('escapes text and folds long lines by octets without splitting a letter', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const line = `SUMMARY:${'Виїзний прийом у будинку культури '.repeat(4)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes a calendar an independent parser reads back', () => {
    const text = icsCalendar('Мої виїзди', [
      {
        uid: 'visit-1@valiza',
        start: new Date('2027-03-02T08:00:00Z'),
        end: new Date('2027-03-02T09:00:00Z'),
        summary: 'Виїзд: заявка КАМ-2027-00012; терміново, з документами',
        location: 'Карнаухівка, вул. Центральна',
        stamp: new Date('2027-03-01T12:00:00Z'),
        sequence: 2,
      },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(event!.summary).toBe('Виїзд: заявка КАМ-2027-00012; терміново, з документами');
    expect(event!.location).toBe('Карнаухівка, вул. Центральна');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-03-02T08:00:00.000Z');
    expect(event!.sequence).toBe(2);
  });
});
