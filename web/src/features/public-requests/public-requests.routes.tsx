import type { AppRoute } from '../../app/route-types';
import { lazyPage } from '../requests/lazy-page';

const PublicRequestPage = lazyPage(() => import('./PublicRequestPage'), 'PublicRequestPage');
const PublicStatusPage = lazyPage(() => import('./PublicStatusPage'), 'PublicStatusPage');

/** Public, no sign-in: the request page of a centre and the status check. */
export const publicRequestRoutes: readonly AppRoute[] = [
  { path: '/request/:slug', element: <PublicRequestPage /> },
  { path: '/request/:slug/status', element: <PublicStatusPage /> },
];
