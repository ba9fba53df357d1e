import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../i18n/current-locale';
import { json, stubFetch } from '../test/fetch-stub';
import { App } from './App';

const head = {
  person: { id: '0190a3f4-7c1e-7000-8000-000000000001', name: 'Олена Коваленко', login: 'kam.head' },
  roles: ['head'],
  centre: {
    id: '0190a3f4-7c1e-7000-8000-000000000002',
    code: 'КАМ',
    slug: 'kamianske',
    name: 'ЦНАП м. Кам’янське',
  },
  region: null,
  locale: 'uk',
};
const signedOut = json(401, { error: { code: 'auth.required', message: 'Увійдіть.', details: [] } });

// The office app is a lazy chunk; load it once up front so the first test does not spend its wait on it.
beforeAll(async () => {
  await import('./OfficeApp');
});

beforeEach(() => {
  changeCurrentLocale('uk');
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the app', () => {
  it('returns to sign-in when any request finds the session gone', async () => {
    stubFetch({ 'GET /api/v1/me': json(200, head), 'GET /api/v1/kits': signedOut });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'ЦНАП м. Кам’янське' });

    await userEvent.click(screen.getByRole('link', { name: 'Мобільні валізи' }));
    await screen.findByRole('heading', { level: 1, name: 'Вхід до Valiza' });
    expect(screen.getByText('Сеанс завершився. Увійдіть знову, щоб продовжити.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('switches the language, sets <html lang>, and keeps the choice on the device and for the person', async () => {
    const calls = stubFetch({
      'GET /api/v1/me': json(200, head),
      'PUT /api/v1/me/locale': json(200, { ok: true }),
    });
    render(<App />);
    await screen.findByText('Вітаємо, Олена Коваленко!');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Welcome, Олена Коваленко!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('valiza.locale')).toBe('en');
    await waitFor(() => expect(calls.some((c) => c.init.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.init.method === 'PUT')?.init.body).toBe(JSON.stringify({ locale: 'en' }));
  });

  it('opens the first-run setup on an installation without centres', async () => {
    stubFetch({ 'GET /api/v1/me': signedOut, 'GET /api/v1/setup': json(200, { needed: true }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Початкове налаштування' });
    expect(window.location.pathname).toBe('/setup');
  });

  it('says so when the server cannot be reached at start, and tries again on request', async () => {
    let reachable = false;
    stubFetch({
      'GET /api/v1/me': () => (reachable ? signedOut : new TypeError('Failed to fetch')),
      'GET /api/v1/setup': json(200, { needed: false }),
    });
    render(<App />);
    expect(
      await screen.findByText('Немає з’єднання з сервером. Перевірте інтернет і спробуйте ще раз.'),
    ).toBeInTheDocument();
    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Спробувати ще раз' }));
    await screen.findByRole('heading', { level: 1, name: 'Вхід до Valiza' });
  });
});
