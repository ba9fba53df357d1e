import type { ColumnType } from 'kysely';

type ServerInstant = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Civil = ColumnType<string, string, string>;
type Version = ColumnType<number, number | undefined, number>;

/** A centre's survey rules (migration 0500); a missing row means the defaults. */
export interface SurveySettingsTable {
  centre_id: string;
  due_working_days: ColumnType<number, number | undefined, number>;
  share_percent: ColumnType<number, number | undefined, number>;
  version: Version;
  updated_at: ServerInstant;
}

/** Each finished visit the survey job has decided on, once. */
export interface SurveyScansTable {
  visit_id: string;
  centre_id: string;
  sampled: boolean;
  scanned_at: ServerInstant;
}

export type SurveyTaskStatus = 'open' | 'reached' | 'declined' | 'closed';

/** One telephone survey of a visit. */
export interface SurveyTasksTable {
  id: string;
  centre_id: string;
  visit_id: string;
  request_id: string;
  visit_day: Civil;
  due_on: Civil;
  status: ColumnType<SurveyTaskStatus, SurveyTaskStatus | undefined, SurveyTaskStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  punctuality: number | null;
  politeness: number | null;
  clarity: number | null;
  asked_for_money: boolean | null;
  satisfaction: number | null;
  comments: string | null;
  finished_at: NullableInstant;
  finished_by: string | null;
  created_at: ServerInstant;
  version: Version;
}

/** A call made for a survey. */
export interface SurveyAttemptsTable {
  id: string;
  task_id: string;
  centre_id: string;
  outcome: 'reached' | 'not_reached' | 'declined';
  attempted_by: string;
  attempted_at: ServerInstant;
}

export type FeedbackChannelCode =
  'survey' | 'questionnaire' | 'public_page' | 'social_network' | 'website' | 'other';

/** One entry of the feedback register. */
export interface FeedbackItemsTable {
  id: string;
  centre_id: string;
  channel: FeedbackChannelCode;
  kind: 'praise' | 'complaint' | 'proposal';
  text: string;
  rating: number | null;
  asked_for_money: boolean | null;
  scores: ColumnType<unknown, string | null | undefined, string | null>;
  contact: string | null;
  source_link: string | null;
  survey_task_id: string | null;
  received_at: ServerInstant;
  entered_by: string | null;
  status: ColumnType<
    'received' | 'discussed' | 'decided' | 'published',
    'received' | 'discussed' | 'decided' | 'published' | undefined,
    'received' | 'discussed' | 'decided' | 'published'
  >;
  discussion: string | null;
  discussed_at: NullableInstant;
  decision: 'accepted' | 'rejected' | null;
  decision_changes: string | null;
  decided_at: NullableInstant;
  published_at: NullableInstant;
  version: Version;
}

/** Public feedback tokens already used (by hash). */
export interface FeedbackTokenUsesTable {
  token_hash: string;
  centre_id: string;
  used_at: ServerInstant;
}

/** Alerts for the head (a bribe signal). */
export interface QualityAlertsTable {
  id: string;
  centre_id: string;
  kind: 'bribe_signal';
  source: 'survey' | 'questionnaire' | 'public_page' | 'register';
  survey_task_id: string | null;
  feedback_item_id: string | null;
  raised_at: ServerInstant;
  acknowledged_at: NullableInstant;
  acknowledged_by: string | null;
  note: string | null;
}

export interface FeedbackTables {
  survey_settings: SurveySettingsTable;
  survey_scans: SurveyScansTable;
  survey_tasks: SurveyTasksTable;
  survey_attempts: SurveyAttemptsTable;
  feedback_items: FeedbackItemsTable;
  feedback_token_uses: FeedbackTokenUsesTable;
  quality_alerts: QualityAlertsTable;
}
