import type { AppRoute } from '../../app/route-types';
import { lazyPage } from '../requests/lazy-page';
import { REQUEST_TAKERS } from '../requests/requests-api';

const IntakePage = lazyPage(() => import('./IntakePage'), 'IntakePage');
const RequestEditPage = lazyPage(() => import('./RequestEditPage'), 'RequestEditPage');

/** The intake form: operators and heads take requests, complete and correct open ones. */
export const intakeRoutes: readonly AppRoute[] = [
  { path: '/requests/new', element: <IntakePage />, roles: REQUEST_TAKERS },
  { path: '/requests/:id/edit', element: <RequestEditPage />, roles: REQUEST_TAKERS },
];
