import type { ColumnType, Generated } from 'kysely';
import type { KitChecklist, RecurrenceRule, WorkingHours } from '@valiza/domain';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Instant = ColumnType<Date, Date | string, Date | string>;
/** A `tstzrange` is written as its text form `[from,to)` and read back as text. */
type Range = ColumnType<string, string, string>;

export interface StoredCompanion {
  kind: 'escort' | 'witness' | 'partner';
  personId: string | null;
  name: string | null;
  organisation: string | null;
}

export interface CentreCalendarDaysTable {
  centre_id: string;
  day: string;
  kind: 'day_off' | 'working_day';
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface StaffHoursTable {
  person_id: string;
  centre_id: string;
  hours: Json<WorkingHours>;
  updated_at: UpdatedAt;
}

export interface StaffAbsencesTable {
  id: string;
  centre_id: string;
  person_id: string;
  starts_on: string;
  ends_on: string;
  kind: 'leave' | 'sick' | 'training' | 'other';
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface OutreachSchedulesTable {
  id: string;
  centre_id: string;
  outreach_point_id: string;
  rule: Json<RecurrenceRule>;
  start_time: string;
  end_time: string;
  valid_from: string;
  valid_until: string | null;
  exceptions: Json<string[]>;
  staff_ids: Json<string[]>;
  kit_id: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OutreachSessionsTable {
  id: string;
  centre_id: string;
  schedule_id: string;
  outreach_point_id: string;
  day: string;
  starts_at: Instant;
  ends_at: Instant;
  kit_id: string;
  status: Generated<'planned' | 'cancelled'>;
  cancel_reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface VisitsTable {
  id: string;
  centre_id: string;
  request_id: string;
  kind: 'home' | 'outreach';
  status: Generated<'planned' | 'cancelled'>;
  day: string;
  starts_at: Instant;
  ends_at: Instant;
  kit_id: string;
  outreach_session_id: string | null;
  companions: Json<StoredCompanion[]>;
  service_minutes: number;
  sequence: number | null;
  override_reason: string | null;
  cancel_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface StaffBookingsTable {
  id: string;
  centre_id: string;
  person_id: string;
  role: 'crew' | 'escort' | 'witness' | 'partner';
  during: Range;
  visit_id: string | null;
  session_id: string | null;
  released: Generated<boolean>;
}

export interface KitBookingsTable {
  id: string;
  centre_id: string;
  kit_id: string;
  during: Range;
  visit_id: string | null;
  session_id: string | null;
  released: Generated<boolean>;
}

export interface PlansTable {
  id: string;
  centre_id: string;
  day: string;
  state: Generated<'draft' | 'approved' | 'changed'>;
  version: Generated<number>;
  approvals: Generated<number>;
  approved_at: Date | null;
  approved_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PlanApprovalsTable {
  id: string;
  plan_id: string;
  centre_id: string;
  day: string;
  number: number;
  plan_version: number;
  snapshot: Json<unknown>;
  kit_reasons: Json<{ kitId: string; reason: string }[]>;
  approved_by: string;
  approved_at: CreatedAt;
}

export interface KitChecksTable {
  id: string;
  centre_id: string;
  kit_id: string;
  day: string;
  items: Json<KitChecklist>;
  ready: boolean;
  notes: string | null;
  checked_by: string;
  checked_at: CreatedAt;
}

export interface SchedulingTables {
  centre_calendar_days: CentreCalendarDaysTable;
  staff_hours: StaffHoursTable;
  staff_absences: StaffAbsencesTable;
  outreach_schedules: OutreachSchedulesTable;
  outreach_sessions: OutreachSessionsTable;
  visits: VisitsTable;
  staff_bookings: StaffBookingsTable;
  kit_bookings: KitBookingsTable;
  plans: PlansTable;
  plan_approvals: PlanApprovalsTable;
  kit_checks: KitChecksTable;
}
