import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { KIT_KEEPERS } from './kits-api';
import { KitFormPage } from './KitFormPage';
import { KitsPage } from './KitsPage';

/** All staff read the kits; the head and the technician keep them. */
export const kitRoutes: readonly AppRoute[] = [
  { path: '/kits', element: <KitsPage />, roles: CENTRE_STAFF },
  { path: '/kits/new', element: <KitFormPage />, roles: KIT_KEEPERS },
  { path: '/kits/:id', element: <KitFormPage />, roles: KIT_KEEPERS },
];
