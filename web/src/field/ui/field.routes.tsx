import type { ReactNode } from 'react';
import { lazy } from 'react';
import type { MessageKey } from '../../i18n/messages';

const TodayPage = lazy(() => import('./TodayPage'));
const StatusPage = lazy(() => import('./StatusPage'));
const ExportPage = lazy(() => import('./ExportPage'));
const VisitPage = lazy(() => import('../visit/screens/VisitPage'));

/** A screen of the field app, under `/field/`; shown only while the app is unlocked. */
export interface FieldRoute {
  /** Relative to `/field/` (`''` is `/field` itself). */
  path: string;
  element: ReactNode;
  /** A menu entry of the field app, when the screen has one. */
  menu?: MessageKey;
}

/**
 * Every screen of the field app. Field features add their screens here (lazily imported, so the
 * first load stays small and each screen's code is still precached for offline use).
 */
export const FIELD_ROUTES: readonly FieldRoute[] = [
  { path: '', element: <TodayPage />, menu: 'field.nav.today' },
  { path: 'status', element: <StatusPage />, menu: 'field.nav.status' },
  { path: 'export', element: <ExportPage />, menu: 'field.nav.export' },
  { path: 'visits/:visitId', element: <VisitPage /> },
];
