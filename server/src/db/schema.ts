import type { ApplicantTables } from '../applicants/applicants.tables.js';
import type { AuditTables } from '../audit/audit.tables.js';
import type { AuthTables } from '../auth/auth.tables.js';
import type { CatalogueTables } from '../catalogue/catalogue.tables.js';
import type { MigrationTables } from './migration.tables.js';
import type { NumberingTables } from '../numbering/numbering.tables.js';
import type { OrgTables } from '../org/org.tables.js';
import type { RequestTables } from '../requests/requests.tables.js';
import type { SchedulingTables } from '../scheduling/scheduling.tables.js';
import type { NotificationTables } from '../notifications/notifications.tables.js';
import type { DeviceTables } from '../devices/devices.tables.js';
import type { ApplicationNumberTables } from '../application-numbers/application-numbers.tables.js';
import type { SyncTables } from '../sync/sync.tables.js';
import type { FileTables } from '../files/files.tables.js';
import type { ApplicationTables } from '../applications/applications.tables.js';
import type { FeedbackTables } from '../feedback/feedback.tables.js';
import type { LogbookTables } from '../logbook/logbook.tables.js';
import type { ReportTables } from '../reports/reports.tables.js';

/**
 * The whole database as Kysely sees it. Each area declares its own tables in `<area>.tables.ts`;
 * this interface only joins them.
 */
export interface Database
  extends
    MigrationTables,
    OrgTables,
    AuthTables,
    AuditTables,
    CatalogueTables,
    NumberingTables,
    ApplicantTables,
    RequestTables,
    SchedulingTables,
    NotificationTables,
    DeviceTables,
    ApplicationNumberTables,
    SyncTables,
    FileTables,
    ApplicationTables,
    FeedbackTables,
    LogbookTables,
    ReportTables {}
