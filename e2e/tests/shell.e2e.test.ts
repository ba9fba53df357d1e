import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { pageHeading, signIn, submitSignIn } from '../src/app.js';
import { test } from '../src/browser.js';

describe('the web shell', () => {
  // The language is saved for the person, and other browser tests sign in as pyr.head in Ukrainian:
  // the test switches back before it signs out, and puts Ukrainian back even when it fails midway.
  test('a head signs in, works in English after a reload, and signs out', async ({ page }) => {
    try {
      await headWorksInEnglish(page);
    } finally {
      await page.evaluate(() =>
        fetch('/api/v1/me/locale', {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': /(?:^|; )valiza_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '',
          },
          body: JSON.stringify({ locale: 'uk' }),
        }),
      );
    }
  });

  test('a wrong password is refused with a message in the chosen language', async ({ page }) => {
    await submitSignIn(page, 'kam.quality', 'not-the-password');
    await page.getByRole('alert').getByText('Неправильний логін або пароль.').waitFor();
    const login = page.getByLabel('Логін');
    expect(await login.inputValue()).toBe('kam.quality');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Password').fill('still-not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong login or password.').waitFor();
  });

  test('an operator sees no staff page in the menu and gets "no access" at its address', async ({ page }) => {
    await signIn(page, 'kam.operator');
    await pageHeading(page, 'ЦНАП м. Кам’янське');
    const menu = page.getByRole('navigation', { name: 'Основне меню' });
    await menu.getByRole('link', { name: 'Мобільні валізи' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Працівники' }).count()).toBe(0);

    await page.goto('/staff');
    await pageHeading(page, 'Немає доступу');
    expect(await page.getByRole('table').count()).toBe(0);
  });
});

/** Signs in as pyr.head, switches to English, keeps it over a reload, returns to Ukrainian and signs out. */
async function headWorksInEnglish(page: Page): Promise<void> {
  await page.goto('/');
  await pageHeading(page, 'Вхід до Valiza');
  expect(await page.locator('html').getAttribute('lang')).toBe('uk');

  await signIn(page, 'pyr.head');
  await pageHeading(page, 'ЦНАП Пирятинської міської ради');
  await page.getByText('Вітаємо, Віктор Гончаренко!').waitFor();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Welcome, Віктор Гончаренко!').waitFor();
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Staff', exact: true })
    .waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  // The choice is saved for the person too, not only on this device.
  await expect
    .poll(() => page.evaluate(() => fetch('/api/v1/me').then((r) => r.json() as Promise<{ locale: string }>)))
    .toMatchObject({ locale: 'en' });

  await page.reload();
  await page.getByText('Welcome, Віктор Гончаренко!').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await page.getByRole('button', { name: 'Українська' }).click();
  await page.getByText('Вітаємо, Віктор Гончаренко!').waitFor();
  await expect
    .poll(() => page.evaluate(() => fetch('/api/v1/me').then((r) => r.json() as Promise<{ locale: string }>)))
    .toMatchObject({ locale: 'uk' });

  await page.getByRole('button', { name: 'Вийти' }).click();
  await pageHeading(page, 'Вхід до Valiza');
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.status));
  expect(me).toBe(401);
}
