import type { AppRoute } from '../../app/route-types';
import { APPLICATION_READERS } from './applications-api';
import { ApplicationsPage } from './ApplicationsPage';
import { CONFLICT_RESOLVERS } from './conflicts-api';
import { VisitConflictsPage } from './VisitConflictsPage';

/** The head, administrators and operators read the applications; the head resolves visit conflicts. */
export const applicationRoutes: readonly AppRoute[] = [
  { path: '/applications', element: <ApplicationsPage />, roles: APPLICATION_READERS },
  { path: '/visit-conflicts', element: <VisitConflictsPage />, roles: CONFLICT_RESOLVERS },
];
