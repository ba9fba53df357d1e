import type { AppRoute } from '../../app/route-types';
import { HomePage } from './HomePage';

/** Signed in, any role. */
export const homeRoutes: readonly AppRoute[] = [{ path: '/', element: <HomePage /> }];
