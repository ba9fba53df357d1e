import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PhoneNumber } from '../identifiers/phone.js';
import { IDENTIFIER_REASONS } from '../identifiers/reasons.js';
import { describeIssue, issuesToDetails } from './validation-messages.js';

const Intake = z.strictObject({ applicant: z.strictObject({ phone: PhoneNumber }) });

describe('validation details for identifier reasons', () => {
  it('gives a refused phone number a clear message in each language, with the reason as its code', () => {
    const issues = Intake.safeParse({ applicant: { phone: '067 123' } }).error?.issues ?? [];
    expect(issuesToDetails(issues, 'uk')).toEqual([
      {
        path: 'applicant.phone',
        code: 'phone.length',
        message: 'Номер телефону має містити 10 цифр, наприклад 067 123 45 67.',
      },
    ]);
    expect(issuesToDetails(issues, 'en', 'body')[0]).toEqual({
      path: 'body.applicant.phone',
      code: 'phone.length',
      message: 'A phone number must have 10 digits, for example 067 123 45 67.',
    });
  });

  it('keeps the generic message and code for custom issues without a known reason', () => {
    const Odd = z.string().refine(() => false, { params: { reason: 'something.else' } });
    const issues = Odd.safeParse('x').error?.issues ?? [];
    expect(issuesToDetails(issues, 'uk')).toEqual([
      { path: '', code: 'custom', message: 'Неправильне значення.' },
    ]);
  });

  it('has a message in every language for every reason', () => {
    for (const [reason, text] of Object.entries(IDENTIFIER_REASONS)) {
      const issue = { code: 'custom', params: { reason }, path: [], message: '', input: '' } as const;
      expect(describeIssue(issue, 'uk')).toBe(text.uk);
      expect(describeIssue(issue, 'en')).toBe(text.en);
      expect(text.uk.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});
