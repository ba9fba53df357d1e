import { AppRoutes } from './AppRoutes';
import { AuthProvider } from './AuthProvider';

/** The office app: who is signed in, then its pages. Its own chunk, so the field app does not load it. */
export default function OfficeApp() {
  return (
    <AuthProvider>
      <AppRoutes />
    </AuthProvider>
  );
}
