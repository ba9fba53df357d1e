import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/audit.routes.js';
import { applicantRoutes } from './applicants/applicant.routes.js';
import { deviceRoutes } from './devices/device.routes.js';
import { syncRoutes } from './sync/sync.routes.js';
import { uploadRoutes } from './files/upload.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { serviceRoutes } from './catalogue/service.routes.js';
import { catalogueTransferRoutes } from './catalogue/catalogue-transfer.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { centreRoutes } from './org/centre.routes.js';
import { kitRoutes } from './org/kit.routes.js';
import { localityRoutes } from './org/locality.routes.js';
import { outreachPointRoutes } from './org/outreach-point.routes.js';
import { publicRequestRoutes } from './public-requests/public-request.routes.js';
import { requestRoutes } from './requests/request.routes.js';
import { staffRoutes } from './org/staff.routes.js';
import { setupRoutes } from './setup/setup.routes.js';
import { calendarRoutes } from './scheduling/calendar.routes.js';
import { outreachRoutes } from './scheduling/outreach.routes.js';
import { visitRoutes } from './scheduling/visit.routes.js';
import { planRoutes } from './scheduling/plan.routes.js';
import { calendarFeedRoutes } from './scheduling/calendar-feed.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { applicationRoutes } from './applications/application.routes.js';
import { surveyRoutes } from './feedback/survey.routes.js';
import { feedbackRoutes } from './feedback/feedback.routes.js';
import { qualityRoutes } from './feedback/quality.routes.js';
import { publicFeedbackRoutes } from './feedback/public-feedback.routes.js';
import { logbookRoutes } from './logbook/logbook.routes.js';
import { reportRoutes } from './reports/report.routes.js';

/** Every area's routes, in the order of the life of a request. Add an area here and nowhere else. */
export const AREA_ROUTES: readonly ((app: FastifyInstance) => Promise<void>)[] = [
  healthRoutes,
  setupRoutes,
  authRoutes,
  centreRoutes,
  localityRoutes,
  staffRoutes,
  kitRoutes,
  outreachPointRoutes,
  serviceRoutes,
  catalogueTransferRoutes,
  applicantRoutes,
  requestRoutes,
  publicRequestRoutes,
  calendarRoutes,
  outreachRoutes,
  visitRoutes,
  planRoutes,
  calendarFeedRoutes,
  notificationRoutes,
  applicationRoutes,
  surveyRoutes,
  feedbackRoutes,
  qualityRoutes,
  publicFeedbackRoutes,
  logbookRoutes,
  reportRoutes,
  auditRoutes,
  deviceRoutes,
  syncRoutes,
  uploadRoutes,
];
