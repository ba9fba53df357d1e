import type { ColumnType, Generated } from 'kysely';

export interface SessionsTable {
  id: string;
  person_id: string;
  csrf_token: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface LoginThrottleTable {
  login: string;
  failures: Generated<number>;
  first_failure_at: ColumnType<Date, Date | string | undefined, Date | string>;
  locked_until: Date | null;
}

export interface AuthTables {
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
}
