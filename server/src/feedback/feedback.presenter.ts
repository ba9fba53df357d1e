import type { FeedbackItem, QualityAlert, SurveyTask } from '@valiza/domain';
import { isSurveyOverdue } from '@valiza/domain';
import type { findAlert } from './alert.repository.js';
import type { findFeedbackItem } from './feedback.repository.js';
import type { SurveyTaskRow } from './survey.repository.js';

type AlertRow = NonNullable<Awaited<ReturnType<typeof findAlert>>>;
type ItemRow = NonNullable<Awaited<ReturnType<typeof findFeedbackItem>>>;

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export function presentAlert(row: AlertRow): QualityAlert {
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    surveyTaskId: row.surveyTaskId,
    feedbackItemId: row.feedbackItemId,
    requestNumber: row.requestNumber ?? null,
    raisedAt: iso(row.raisedAt)!,
    acknowledgedAt: iso(row.acknowledgedAt),
    note: row.note,
  };
}

/** A register entry; the contact only when the reader may see it (and the reading was recorded). */
export function presentFeedbackItem(row: ItemRow, showContact: boolean): FeedbackItem {
  return {
    id: row.id,
    channel: row.channel,
    kind: row.kind,
    text: row.text,
    rating: row.rating,
    askedForMoney: row.asked_for_money,
    contact: showContact ? row.contact : null,
    sourceLink: row.source_link,
    receivedAt: iso(row.received_at)!,
    status: row.status,
    discussion: row.discussion,
    discussedAt: iso(row.discussed_at),
    decision: row.decision,
    decisionChanges: row.decision_changes,
    decidedAt: iso(row.decided_at),
    publishedAt: iso(row.published_at),
    version: row.version,
  };
}

export function presentSurveyTask(row: SurveyTaskRow, today: string): SurveyTask {
  return {
    id: row.id,
    visitId: row.visitId,
    requestNumber: row.requestNumber,
    visitDay: row.visitDay,
    dueOn: row.dueOn,
    overdue: isSurveyOverdue(row, today),
    status: row.status,
    attempts: row.attempts,
  };
}
