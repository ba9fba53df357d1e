import type { AppRoute } from '../../app/route-types';
import { lazyPage } from './lazy-page';
import { HEADS, REQUEST_TAKERS } from './requests-api';

const RequestListPage = lazyPage(() => import('./RequestListPage'), 'RequestListPage');
const RequestDetailPage = lazyPage(() => import('./RequestDetailPage'), 'RequestDetailPage');
const ApplicantCardPage = lazyPage(() => import('./ApplicantCardPage'), 'ApplicantCardPage');
const DuplicatesPage = lazyPage(() => import('./DuplicatesPage'), 'DuplicatesPage');

/** Work lists of requests and applicants: operators and heads; merging duplicates: the head. */
export const requestRoutes: readonly AppRoute[] = [
  { path: '/requests', element: <RequestListPage />, roles: REQUEST_TAKERS },
  { path: '/requests/:id', element: <RequestDetailPage />, roles: REQUEST_TAKERS },
  { path: '/applicants/duplicates', element: <DuplicatesPage />, roles: HEADS },
  { path: '/applicants/:id', element: <ApplicantCardPage />, roles: REQUEST_TAKERS },
];
