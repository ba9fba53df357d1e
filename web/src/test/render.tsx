import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';

/** Renders a piece of the interface with the language provider and a router, as in the app. */
export function renderWithApp(ui: ReactElement, path = '/'): RenderResult {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </I18nProvider>,
  );
}
