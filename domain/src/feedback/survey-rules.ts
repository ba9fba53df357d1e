import { addWorkingDays, type CalendarSettings } from '../calendar/working-days.js';
import type { IsoDate } from '../time/civil-date.js';

/** A survey is called at most this many times before it is closed as not reached. */
export const SURVEY_MAX_ATTEMPTS = 3;

/** The defaults of a centre that has not set its survey rules: every visit, three working days. */
export const DEFAULT_SURVEY_SETTINGS = Object.freeze({ dueWorkingDays: 3, sharePercent: 100 });

/** Visit outcomes that are followed by a survey: the applicant was served, fully or in part. */
export const SURVEYED_OUTCOMES = ['completed', 'partly_completed'] as const;

/**
 * A number 0..99 fixed by the visit's id (FNV-1a over its characters). The same visit always falls in
 * the same place, so sampling is repeatable: running the job again never changes which visits are
 * surveyed, and no random generator state needs to be kept.
 */
export function samplingBucket(visitId: string): number {
  let hash = 0x811c9dc5;
  for (const char of visitId.toLowerCase()) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

/** Whether a visit falls in the centre's surveyed share (1..100 per cent; 100 means every visit). */
export function isSampledForSurvey(visitId: string, sharePercent: number): boolean {
  if (!Number.isInteger(sharePercent) || sharePercent < 1 || sharePercent > 100)
    throw new RangeError(`Not a share in per cent: ${sharePercent}`);
  return samplingBucket(visitId) < sharePercent;
}

/** The day by which the survey of a visit held on `visitDay` is due: that many working days later. */
export function surveyDueDate(
  visitDay: IsoDate,
  dueWorkingDays: number,
  settings: CalendarSettings,
): IsoDate {
  return addWorkingDays(visitDay, dueWorkingDays, settings);
}

export type SurveyCallOutcome = 'reached' | 'not_reached' | 'declined';
export type SurveyState = 'open' | 'reached' | 'declined' | 'closed';

/**
 * What a call does to a survey: reached and declined end it; a call not answered leaves it open until
 * the third, which closes it. A survey that has ended takes no more calls (answered with `null`).
 */
export function afterCall(
  current: { status: SurveyState; attempts: number },
  outcome: SurveyCallOutcome,
): { status: SurveyState; attempts: number } | null {
  if (current.status !== 'open' || current.attempts >= SURVEY_MAX_ATTEMPTS) return null;
  const attempts = current.attempts + 1;
  if (outcome === 'reached') return { status: 'reached', attempts };
  if (outcome === 'declined') return { status: 'declined', attempts };
  return { status: attempts >= SURVEY_MAX_ATTEMPTS ? 'closed' : 'open', attempts };
}

/** Whether a survey that is still open is past its due day. */
export function isSurveyOverdue(survey: { status: SurveyState; dueOn: IsoDate }, today: IsoDate): boolean {
  return survey.status === 'open' && survey.dueOn < today;
}
