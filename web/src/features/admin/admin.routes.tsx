import type { AppRoute } from '../../app/route-types';
import { AdminCentrePage } from './AdminCentrePage';
import { AdminPage } from './AdminPage';
import { CentreCreatePage } from './CentreCreatePage';
import { CommunityFormPage } from './CommunityFormPage';
import { RegionFormPage } from './RegionFormPage';

/** The platform administrator runs the installation. */
export const adminRoutes: readonly AppRoute[] = [
  { path: '/admin', element: <AdminPage />, roles: ['platform_admin'] },
  { path: '/admin/regions/new', element: <RegionFormPage />, roles: ['platform_admin'] },
  { path: '/admin/communities/new', element: <CommunityFormPage />, roles: ['platform_admin'] },
  { path: '/admin/centres/new', element: <CentreCreatePage />, roles: ['platform_admin'] },
  { path: '/admin/centres/:id', element: <AdminCentrePage />, roles: ['platform_admin'] },
];
