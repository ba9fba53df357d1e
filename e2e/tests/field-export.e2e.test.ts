import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

const PIN = '605172';
const PASSPHRASE = 'валіза-у-село-7';
/** A valid Ukrainian ID card MRZ (all check digits right; UNZR agrees with the birth date). */
const MRZ = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
];

const next = (page: Page) => page.getByRole('button', { name: 'Далі' }).click();

/**
 * Registers one application at the first visit of today's plan with the network cut: identity from
 * the MRZ and the taxpayer number, no document at hand, payment where one is due, the signature drawn. Answers its number.
 */
async function registerOffline(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Розпочати виїзд' }).first().click();
  await page.getByRole('button', { name: 'Я на місці' }).click();
  await page.getByLabel('Заявника повідомлено про фіксацію надання послуги').check();
  await next(page);
  await page.getByLabel('Машинозчитувана зона (MRZ)').fill(MRZ.join('\n'));
  await page.getByRole('button', { name: 'Зчитати MRZ' }).click();
  await page.getByText('MRZ прочитано: SHEVCHENKO OLENA').waitFor();
  await page.getByLabel('РНОКПП (податковий номер)').fill('1759013776');
  await next(page);
  const documents = page.locator('li.field-visit-document');
  for (let i = 0; i < (await documents.count()); i += 1)
    await documents.nth(i).getByLabel('Є в заявника').uncheck();
  await next(page);
  for (const fieldset of await page.locator('fieldset.field-visit-fieldset').all()) {
    await fieldset.getByLabel('Спосіб оплати').selectOption('pos_terminal');
    const amount = fieldset.getByLabel('Сума, грн');
    if (!(await amount.inputValue())) await amount.fill('100,00');
  }
  await next(page);
  await page.getByRole('article', { name: 'Заява' }).waitFor();
  const pad = page.getByRole('img', { name: /Підпис заявника/ });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.5);
  await page.mouse.down();
  for (let step = 1; step <= 15; step += 1)
    await page.mouse.move(
      box.x + box.width * (0.1 + step * 0.05),
      box.y + box.height * (0.5 - Math.sin(step) * 0.3),
    );
  await page.mouse.up();
  await next(page);
  await page.getByRole('button', { name: 'Зареєструвати заяви' }).click();
  const confirmation = page.getByRole('article', { name: 'Підтвердження реєстрації заяви' }).first();
  await confirmation.waitFor({ timeout: 120_000 });
  return (await confirmation.locator('.confirmation__number').textContent())!;
}

/** Imports the export file at the centre's page and answers the result's text. */
async function importAtCentre(page: Page, file: string): Promise<string> {
  await page.goto('/sync/import');
  await pageHeading(page, 'Імпорт ненадісланої роботи');
  await page.getByLabel('Файл', { exact: true }).setInputFiles(file);
  await page.getByLabel('Пароль файлу').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Імпортувати' }).click();
  const result = page.getByText(/^Файлів прийнято: \d+/);
  await result.waitFor({ timeout: 60_000 });
  return result.innerText();
}

test('work saved offline to an encrypted file is imported at the centre once, and a second import doubles nothing', async ({
  page,
  browser,
  baseUrl,
}) => {
  // Online once: the administrator sets the laptop up and receives today's plan.
  await page.goto('/field');
  await page.getByLabel('Логін').fill('pyr.field');
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByLabel('PIN-код', { exact: true }).fill(PIN);
  await page.getByLabel('PIN-код ще раз').fill(PIN);
  await page.getByRole('button', { name: 'Зареєструвати пристрій' }).click();
  await pageHeading(page, 'План на сьогодні');
  await page.getByRole('link', { name: 'Розпочати виїзд' }).first().waitFor();
  // The service worker controls the page and has precached the app, so every screen opens offline.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect
    .poll(() => page.getByTestId('field-sync-line').innerText(), { timeout: 30_000 })
    .toContain('Готово');

  // The network is cut for the rest of the day: the work stays on the laptop.
  await page.context().setOffline(true);
  const number = await registerOffline(page);
  expect(number).toMatch(/^ПИР\/\d{4}\/\d{6}$/);

  // Last resort: the unsent work goes into an encrypted file, downloaded from the browser.
  await page.getByRole('link', { name: 'Збереження у файл' }).click();
  await pageHeading(page, 'Зберегти ненадіслану роботу у файл');
  await expect.poll(() => page.getByText(/^Записів: [1-9]\d*, файлів: [1-9]\d*\.$/).count()).toBe(1);
  await page.getByLabel('Пароль файлу', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Пароль файлу ще раз').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Створити файл' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Завантажити файл' }).click(),
  ]);
  const file = await download.path();
  const bytes = await readFile(file);
  // The file is sealed: its one-line header is in clear, the work is not.
  const header = JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')) as { format: string };
  expect(header.format).toBe('valiza-unsent-work');
  expect(bytes.includes(Buffer.from('SHEVCHENKO'))).toBe(false);

  // At the centre, the head imports the file in the office app.
  const office = await browser.newContext({ baseURL: baseUrl, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
  office.setDefaultTimeout(30_000);
  try {
    const head = await office.newPage();
    await signIn(head, 'pyr.head');
    const listed = async () => {
      const answer = await head.request.get('/api/v1/applications?limit=200');
      const items = ((await answer.json()) as { items: { number: string; complete: boolean }[] }).items;
      return items.filter((item) => item.number === number);
    };
    expect(await listed()).toEqual([]);

    const first = await importAtCentre(head, file);
    expect(first).toMatch(/відхилено: 0\. Записів прийнято: [1-9]\d*, потребують уваги: 0\.$/);
    expect(await listed()).toEqual([expect.objectContaining({ number, complete: true })]);
    await head.goto('/applications');
    await head.getByRole('table').getByText(number, { exact: true }).waitFor();

    // The same file again: every record is recognised by its id, nothing is doubled.
    const second = await importAtCentre(head, file);
    expect(second).toMatch(/потребують уваги: 0\.$/);
    expect(second.replace(/Файлів прийнято: \d+, /, '')).toBe(first.replace(/Файлів прийнято: \d+, /, ''));
    expect(await listed()).toHaveLength(1);
  } finally {
    await office.close();
  }
}, 420_000);
