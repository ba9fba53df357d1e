import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar/working-days.js';
import { uuidv7 } from '../ids/uuidv7.js';
import {
  afterCall,
  isSampledForSurvey,
  isSurveyOverdue,
  samplingBucket,
  surveyDueDate,
} from './survey-rules.js';

describe('survey sampling', () => {
  it('gives a visit the same answer every time, whatever the letter case of its id', () => {
    const id = '0190f3a2-7c1e-7d4b-9a3f-2b1c4d5e6f70';
    expect(samplingBucket(id)).toBe(samplingBucket(id.toUpperCase()));
    expect(isSampledForSurvey(id, 30)).toBe(isSampledForSurvey(id, 30));
    expect(samplingBucket(id)).toBeGreaterThanOrEqual(0);
    expect(samplingBucket(id)).toBeLessThan(100);
  });

  it('surveys every visit at 100 per cent and about the share asked for below it', () => {
    const ids = Array.from({ length: 4000 }, () => uuidv7());
    expect(ids.every((id) => isSampledForSurvey(id, 100))).toBe(true);
    const share = ids.filter((id) => isSampledForSurvey(id, 25)).length / ids.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('keeps a visit sampled when the share grows (the sampled set only widens)', () => {
    const ids = Array.from({ length: 500 }, () => uuidv7());
    for (const id of ids) if (isSampledForSurvey(id, 20)) expect(isSampledForSurvey(id, 60)).toBe(true);
  });

  it('refuses a share outside 1..100', () => {
    expect(() => isSampledForSurvey(uuidv7(), 0)).toThrow(RangeError);
    expect(() => isSampledForSurvey(uuidv7(), 101)).toThrow(RangeError);
    expect(() => isSampledForSurvey(uuidv7(), 12.5)).toThrow(RangeError);
  });
});

describe('survey due day', () => {
  const calendar = DEFAULT_CALENDAR_SETTINGS;

  it('counts working days after the visit, skipping the weekend', () => {
    // Thursday 5 March 2026 + 3 working days = Tuesday 10 March.
    expect(surveyDueDate('2026-03-05', 3, calendar)).toBe('2026-03-10');
    expect(surveyDueDate('2026-03-06', 1, calendar)).toBe('2026-03-09');
  });

  it("skips the centre's own day off", () => {
    const settings = { ...calendar, daysOff: ['2026-03-09'] };
    expect(surveyDueDate('2026-03-06', 1, settings)).toBe('2026-03-10');
  });

  it('is overdue only while open and after the due day', () => {
    expect(isSurveyOverdue({ status: 'open', dueOn: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isSurveyOverdue({ status: 'open', dueOn: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isSurveyOverdue({ status: 'reached', dueOn: '2026-03-10' }, '2026-03-11')).toBe(false);
  });
});

describe('survey calls', () => {
  it('closes a survey after the third call not answered', () => {
    let state = { status: 'open' as const, attempts: 0 } as Parameters<typeof afterCall>[0];
    state = afterCall(state, 'not_reached')!;
    expect(state).toEqual({ status: 'open', attempts: 1 });
    state = afterCall(state, 'not_reached')!;
    state = afterCall(state, 'not_reached')!;
    expect(state).toEqual({ status: 'closed', attempts: 3 });
    expect(afterCall(state, 'reached')).toBeNull();
  });

  it('ends a survey when the person answers or declines', () => {
    expect(afterCall({ status: 'open', attempts: 2 }, 'reached')).toEqual({ status: 'reached', attempts: 3 });
    expect(afterCall({ status: 'open', attempts: 0 }, 'declined')).toEqual({
      status: 'declined',
      attempts: 1,
    });
    expect(afterCall({ status: 'declined', attempts: 1 }, 'reached')).toBeNull();
  });
});
