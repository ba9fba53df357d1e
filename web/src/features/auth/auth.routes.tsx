import type { AppRoute } from '../../app/route-types';
import { ChangePasswordPage } from './ChangePasswordPage';
import { SignInPage } from './SignInPage';

/** Public: the sign-in page. */
export const authRoutes: readonly AppRoute[] = [{ path: '/sign-in', element: <SignInPage /> }];

/** Signed in, any role: one's own password. */
export const passwordRoutes: readonly AppRoute[] = [{ path: '/password', element: <ChangePasswordPage /> }];
