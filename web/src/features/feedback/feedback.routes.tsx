import { lazy, Suspense, type ReactNode } from 'react';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';
import { DASHBOARD_ROLES, REGISTER_ROLES } from './feedback-api';

const named = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const PublicFeedbackPage = named(() => import('./PublicFeedbackPage'), 'PublicFeedbackPage');
const FeedbackRegisterPage = named(() => import('./FeedbackRegisterPage'), 'FeedbackRegisterPage');
const FeedbackNewPage = named(() => import('./FeedbackNewPage'), 'FeedbackNewPage');
const FeedbackItemPage = named(() => import('./FeedbackItemPage'), 'FeedbackItemPage');
const QualityDashboardPage = named(() => import('./QualityDashboardPage'), 'QualityDashboardPage');

const page = (element: ReactNode) => <Suspense fallback={<Spinner />}>{element}</Suspense>;

/** Public: the feedback page printed on a confirmation (one-time token). */
export const publicFeedbackRoutes: readonly AppRoute[] = [
  { path: '/feedback/:token', element: page(<PublicFeedbackPage />) },
];

/** The register (quality, head, comms) and the quality dashboard. Loaded on first use. */
export const feedbackRoutes: readonly AppRoute[] = [
  { path: '/quality', element: page(<QualityDashboardPage />), roles: DASHBOARD_ROLES },
  { path: '/quality/feedback', element: page(<FeedbackRegisterPage />), roles: REGISTER_ROLES },
  { path: '/quality/feedback/new', element: page(<FeedbackNewPage />), roles: REGISTER_ROLES },
  { path: '/quality/feedback/:id', element: page(<FeedbackItemPage />), roles: REGISTER_ROLES },
];
