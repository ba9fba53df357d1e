import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { StartingScreen } from './StartupScreens';

// Two lazy chunks on one small shell: the field app (which runs without the office's sign-in,
// offline, unlocked by the device's PIN) and the office app. Neither loads the other's code, and
// the office's messages come with the office app.
const FieldApp = lazy(() => import('../field/ui/FieldApp'));
const OfficeApp = lazy(async () => {
  const [app, messages] = await Promise.all([import('./OfficeApp'), import('../i18n/office-messages')]);
  messages.addOfficeMessages();
  return app;
});

/** The whole web app: language, router, then the field app at `/field` or the office app. */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Routes>
          <Route
            path="/field/*"
            element={
              <Suspense fallback={<StartingScreen />}>
                <FieldApp />
              </Suspense>
            }
          />
          <Route
            path="*"
            element={
              <Suspense fallback={<StartingScreen />}>
                <OfficeApp />
              </Suspense>
            }
          />
        </Routes>
      </BrowserRouter>
    </I18nProvider>
  );
}
