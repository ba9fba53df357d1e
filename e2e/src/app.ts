import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'valiza-demo';

/** Opens the sign-in page, fills the form in Ukrainian and submits it. */
export async function submitSignIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Логін').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
}

/** Signs in and waits until the signed-in frame (its main menu) is shown. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, login, password);
  await page.getByRole('navigation').waitFor();
}

/** The text of the page's one `<h1>` once it is shown. */
export async function pageHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
