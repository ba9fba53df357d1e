import { Route, Routes } from 'react-router';
import { useAuth } from './auth-context';
import { RequireRoles, RequireSignIn } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { APP_ROUTES, BARE_ROUTES, PUBLIC_ROUTES } from './routes';
import { StartingScreen, UnreachableScreen } from './StartupScreens';

/** Every page: public ones in the public frame, the rest behind sign-in and their roles. */
export function AppRoutes() {
  const { state } = useAuth();
  if (state.status === 'loading') return <StartingScreen />;
  if (state.status === 'unreachable') return <UnreachableScreen failure={state.failure} />;
  return (
    <Routes>
      {BARE_ROUTES.map((route) => (
        <Route key={route.path} path={route.path} element={route.element} />
      ))}
      <Route element={<PublicLayout />}>
        {PUBLIC_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </Route>
      <Route
        element={
          <RequireSignIn>
            <Layout />
          </RequireSignIn>
        }
      >
        {APP_ROUTES.map((route) => (
          <Route
            key={route.path}
            path={route.path}
            element={<RequireRoles roles={route.roles}>{route.element}</RequireRoles>}
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
