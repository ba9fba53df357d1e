import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppRoutes } from './AppRoutes';
import { AuthProvider } from './AuthProvider';

/** The whole web app: language, router, who is signed in, pages. */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </I18nProvider>
  );
}
