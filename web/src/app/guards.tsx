import type { ReactNode } from 'react';
import type { Role } from '@valiza/domain';
import { Navigate, useLocation } from 'react-router';
import { canAccess } from './access';
import { useAuth, useMe } from './auth-context';
import { NoAccessPage } from './NoAccessPage';

/** Lets only a signed-in person through; anyone else goes to sign-in (or to the first-run setup). */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'anonymous') {
    if (state.setupNeeded) return <Navigate to="/setup" replace />;
    // After a deliberate sign-out the next person starts at home, not on the last person's page.
    const from = state.reason === 'signed-out' ? undefined : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={from} />;
  }
  if (state.status !== 'signed-in') return null;
  return <>{children}</>;
}

/** Shows the page only to holders of one of the roles; others get the "no access" page at the same address. */
export function RequireRoles({
  roles,
  children,
}: {
  roles: readonly Role[] | undefined;
  children: ReactNode;
}) {
  const me = useMe();
  if (!canAccess(me.roles, roles)) return <NoAccessPage />;
  return <>{children}</>;
}
