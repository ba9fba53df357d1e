import { describe, expect } from 'vitest';
import { pageHeading, signIn, submitSignIn } from '../src/app.js';
import { test } from '../src/browser.js';

describe('the head manages the staff', () => {
  test('adds a person, deactivates them after a confirmation, and they can no longer sign in', async ({
    page,
    browser,
    baseUrl,
  }) => {
    await signIn(page, 'pyr.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Працівники' }).click();
    await page.getByRole('link', { name: 'Додати працівника' }).click();
    await pageHeading(page, 'Додати працівника');

    await page.getByLabel('Прізвище, ім’я та по батькові').fill('Марія Петренко');
    await page.getByLabel('Логін').fill('pyr.petrenko');
    await page.getByLabel('Перший пароль').fill('перший-пароль-марії');
    await page.getByRole('button', { name: 'Додати працівника' }).click();
    // No role chosen: refused in the browser, under the roles.
    await page.getByRole('alert').getByText('Ролі: Оберіть хоча б одну роль.').waitFor();
    await page.getByLabel(/^Оператор/).check();
    await page.getByLabel('Телефон').fill('067 123 45 67');
    await page.getByRole('button', { name: 'Додати працівника' }).click();

    await page.getByText('Працівника «Марія Петренко» додано.').waitFor();
    const row = page.getByRole('row', { name: /Марія Петренко/ });
    expect(await row.innerText()).toContain('+380 67 123 45 67');

    await row.getByRole('link', { name: 'Змінити Марія Петренко' }).click();
    await pageHeading(page, 'Марія Петренко');
    await page.getByRole('button', { name: 'Деактивувати' }).click();
    const dialog = page.getByRole('dialog', { name: 'Деактивувати «Марія Петренко»?' });
    await dialog.waitFor();
    // Cancel has the focus, so Enter never deactivates by chance.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Скасувати');
    await dialog.getByRole('button', { name: 'Деактивувати' }).click();
    await page.getByRole('button', { name: 'Повернути доступ' }).waitFor();

    const context = await browser.newContext({ baseURL: baseUrl });
    const other = await context.newPage();
    await submitSignIn(other, 'pyr.petrenko', 'перший-пароль-марії');
    await other.getByRole('alert').getByText('Неправильний логін або пароль.').waitFor();
    await context.close();
  });
});
