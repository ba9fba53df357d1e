import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { OutreachPointFormPage } from './OutreachPointFormPage';
import { OutreachPointsPage } from './OutreachPointsPage';

/** All staff read the outreach points; the head keeps them. */
export const outreachRoutes: readonly AppRoute[] = [
  { path: '/outreach-points', element: <OutreachPointsPage />, roles: CENTRE_STAFF },
  { path: '/outreach-points/new', element: <OutreachPointFormPage />, roles: ['head'] },
  { path: '/outreach-points/:id', element: <OutreachPointFormPage />, roles: ['head'] },
];
