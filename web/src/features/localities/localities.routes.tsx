import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { LocalitiesPage } from './LocalitiesPage';
import { LocalityFormPage } from './LocalityFormPage';

/** All staff read the community's settlements; the head keeps them. */
export const localityRoutes: readonly AppRoute[] = [
  { path: '/localities', element: <LocalitiesPage />, roles: CENTRE_STAFF },
  { path: '/localities/new', element: <LocalityFormPage />, roles: ['head'] },
  { path: '/localities/:id', element: <LocalityFormPage />, roles: ['head'] },
];
