import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { CentrePage } from './CentrePage';

/** Every member of a centre's staff; only the head may change the settings. */
export const centreRoutes: readonly AppRoute[] = [
  { path: '/centre', element: <CentrePage />, roles: CENTRE_STAFF },
];
