import type { AppRoute } from '../../app/route-types';
import { APPLICATION_READERS } from './applications-api';
import { ApplicationsPage } from './ApplicationsPage';

/** The head, administrators and operators read the applications. */
export const applicationRoutes: readonly AppRoute[] = [
  { path: '/applications', element: <ApplicationsPage />, roles: APPLICATION_READERS },
];
