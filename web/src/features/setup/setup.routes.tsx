import type { AppRoute } from '../../app/route-types';
import { SetupPage } from './SetupPage';

/** Public, and only while the installation has no centre yet. */
export const setupRoutes: readonly AppRoute[] = [{ path: '/setup', element: <SetupPage /> }];
