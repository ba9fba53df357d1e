import { adminRoutes } from '../features/admin/admin.routes';
import { authRoutes, passwordRoutes } from '../features/auth/auth.routes';
import { centreRoutes } from '../features/centre/centre.routes';
import { homeRoutes } from '../features/home/home.routes';
import { kitRoutes } from '../features/kits/kits.routes';
import { localityRoutes } from '../features/localities/localities.routes';
import { outreachRoutes } from '../features/outreach/outreach.routes';
import { setupRoutes } from '../features/setup/setup.routes';
import { staffRoutes } from '../features/staff/staff.routes';
import type { AppRoute } from './route-types';

/** Pages opened without signing in. */
export const PUBLIC_ROUTES: readonly AppRoute[] = [...authRoutes, ...setupRoutes];

/** Pages of the signed-in app, each with the roles that may open it. A feature adds its list here. */
export const APP_ROUTES: readonly AppRoute[] = [
  ...homeRoutes,
  ...passwordRoutes,
  ...centreRoutes,
  ...staffRoutes,
  ...kitRoutes,
  ...outreachRoutes,
  ...localityRoutes,
  ...adminRoutes,
];
