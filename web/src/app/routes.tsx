import { adminRoutes } from '../features/admin/admin.routes';
import { applicationRoutes } from '../features/applications/applications.routes';
import { authRoutes, passwordRoutes } from '../features/auth/auth.routes';
import { catalogueRoutes } from '../features/catalogue/catalogue.routes';
import { calendarRoutes } from '../features/calendar/calendar.routes';
import { centreRoutes } from '../features/centre/centre.routes';
import { homeRoutes } from '../features/home/home.routes';
import { feedbackRoutes, publicFeedbackRoutes } from '../features/feedback/feedback.routes';
import { surveyRoutes } from '../features/surveys/surveys.routes';
import { intakeRoutes } from '../features/intake/intake.routes';
import { kitRoutes } from '../features/kits/kits.routes';
import { localityRoutes } from '../features/localities/localities.routes';
import { logbookRoutes } from '../features/logbook/logbook.routes';
import { outreachRoutes } from '../features/outreach/outreach.routes';
import { embedRoutes, indicatorRoutes, reportRoutes } from '../features/reports/reports.routes';
import { publicRequestRoutes } from '../features/public-requests/public-requests.routes';
import { requestRoutes } from '../features/requests/requests.routes';
import { planningRoutes } from '../features/planning/planning.routes';
import { setupRoutes } from '../features/setup/setup.routes';
import { staffRoutes } from '../features/staff/staff.routes';
import { syncImportRoutes } from '../features/sync-import/sync-import.routes';
import type { AppRoute } from './route-types';

/** Pages opened without signing in. */
export const PUBLIC_ROUTES: readonly AppRoute[] = [
  ...authRoutes,
  ...setupRoutes,
  ...publicFeedbackRoutes,
  ...indicatorRoutes,
  ...publicRequestRoutes,
];

/** Public pages drawn without any frame, for other sites to embed. */
export const BARE_ROUTES: readonly AppRoute[] = [...embedRoutes];

/** Pages of the signed-in app, each with the roles that may open it. A feature adds its list here. */
export const APP_ROUTES: readonly AppRoute[] = [
  ...homeRoutes,
  ...passwordRoutes,
  ...centreRoutes,
  ...staffRoutes,
  ...kitRoutes,
  ...outreachRoutes,
  ...planningRoutes,
  ...calendarRoutes,
  ...localityRoutes,
  ...applicationRoutes,
  ...logbookRoutes,
  ...adminRoutes,
  ...syncImportRoutes,
  ...surveyRoutes,
  ...feedbackRoutes,
  ...reportRoutes,
  ...intakeRoutes,
  ...requestRoutes,
  ...catalogueRoutes,
];
