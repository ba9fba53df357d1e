import { describe, expect, it } from 'vitest';
import type { DraftApplication } from '../flow/visit-draft';
import { confirmationContent } from './confirmation';
import { feedbackTokenHash, feedbackUrl, newFeedbackToken } from './feedback-token';
import { nextNumber, numbersLeft, printedNumber } from './take-number';

const BLOCKS = [
  { year: 2026, first: 101, last: 102, firstNumber: 'КАМ/2026/000101', lastNumber: 'КАМ/2026/000102' },
  { year: 2026, first: 51, last: 52, firstNumber: 'КАМ/2026/000051', lastNumber: 'КАМ/2026/000052' },
  { year: 2027, first: 1, last: 50, firstNumber: 'КАМ/2027/000001', lastNumber: 'КАМ/2027/000050' },
];

describe('numbers from the device’s blocks', () => {
  it('takes the lowest unused number of the year, block after block, and knows when they run out', () => {
    expect(nextNumber(BLOCKS, [], 2026)).toEqual({ year: 2026, value: 51 });
    const used = [
      { year: 2026, value: 51 },
      { year: 2026, value: 52 },
      { year: 2027, value: 1 },
    ];
    expect(nextNumber(BLOCKS, used, 2026)).toEqual({ year: 2026, value: 101 });
    expect(numbersLeft(BLOCKS, used, 2026)).toBe(2);
    expect(
      nextNumber(BLOCKS, [...used, { year: 2026, value: 101 }, { year: 2026, value: 102 }], 2026),
    ).toBeNull();
    expect(printedNumber(BLOCKS, { year: 2026, value: 101 })).toBe('КАМ/2026/000101');
  });
});

describe('the feedback token', () => {
  it('is random, URL-safe, and only its SHA-256 is sent', async () => {
    const token = newFeedbackToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newFeedbackToken()).not.toBe(token);
    expect(await feedbackTokenHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(feedbackUrl('https://cnap.example.ua/', 'T0k')).toBe('https://cnap.example.ua/feedback/T0k');
  });
});

describe('confirmationContent', () => {
  it('says the date (dd.mm.yyyy, Kyiv), number, service, documents accepted and the feedback address', () => {
    const application: DraftApplication = {
      serviceId: 's',
      applicationId: 'a',
      commandId: 'c',
      year: 2026,
      value: 51,
      printedNumber: 'КАМ/2026/000051',
      feedbackToken: 'tok',
      // 23:30 UTC on 1 March is already 2 March in Kyiv.
      registeredAt: '2026-03-01T23:30:00.000Z',
      documents: [{ name: 'Паспорт', pages: 2, original: true, certified: false }],
    };
    expect(
      confirmationContent(application, {
        applicantName: 'Олена Шевченко',
        serviceName: 'Субсидія',
        administratorName: 'Іван Петренко',
        centreName: 'ЦНАП Кам’янки',
        publicUrl: 'https://cnap.example.ua',
      }),
    ).toEqual({
      date: '02.03.2026',
      time: '01:30',
      number: 'КАМ/2026/000051',
      applicantName: 'Олена Шевченко',
      serviceName: 'Субсидія',
      documents: [{ name: 'Паспорт', pages: 2, original: true, certified: false }],
      administratorName: 'Іван Петренко',
      centreName: 'ЦНАП Кам’янки',
      feedbackUrl: 'https://cnap.example.ua/feedback/tok',
    });
  });
});
