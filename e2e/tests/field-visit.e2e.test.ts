import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/app.js';
import { test } from '../src/browser.js';

const PIN = '246810';
/** A valid Ukrainian ID card MRZ (all check digits right; UNZR agrees with the birth date). */
const MRZ = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
];

/** A "scanned page" made by the browser itself: a JPEG or PNG of lines of text, as bytes for a file input. */
async function scanFixture(page: Page, mimeType: 'image/jpeg' | 'image/png', label: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ mimeType, label }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1654;
      canvas.height = 2339;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fdfcf7';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.fillStyle = '#1a1a1a';
      context.font = '36px serif';
      for (let line = 0; line < 50; line += 1) {
        context.fillText(
          `${label} — line ${line + 1}: the quick brown fox jumps over the lazy dog`,
          120,
          160 + line * 42,
        );
      }
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), mimeType, 0.95));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { mimeType, label },
  );
  return Buffer.from(base64, 'base64');
}

async function unlock(page: Page) {
  await page.getByLabel('PIN-код').fill(PIN);
  await page.getByRole('button', { name: 'Розблокувати' }).click();
}

const next = (page: Page) => page.getByRole('button', { name: 'Далі' }).click();

test('a visit carried out offline — two scanned pages and a signature — survives a reload and reaches the server', async ({
  page,
}) => {
  const context = page.context();

  // Online once: register the device with a PIN; the first pull brings today's approved plan.
  await page.goto('/field');
  await page.getByLabel('Логін').fill('kam.field');
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByLabel('PIN-код', { exact: true }).fill(PIN);
  await page.getByLabel('PIN-код ще раз').fill(PIN);
  await page.getByRole('button', { name: 'Зареєструвати пристрій' }).click();
  const start = page.getByRole('link', { name: 'Розпочати виїзд' }).first();
  await start.waitFor({ timeout: 30_000 });
  // The service worker controls the page (the app comes from it offline) and the first pull is stored.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect
    .poll(() => page.getByTestId('field-sync-line').innerText(), { timeout: 20_000 })
    .toContain('Готово');
  const jpeg = await scanFixture(page, 'image/jpeg', 'Page one');
  const png = await scanFixture(page, 'image/png', 'Page two');

  // The network is cut for the whole visit.
  await context.setOffline(true);
  await start.click();
  const visitUrl = page.url();
  expect(visitUrl).toMatch(/\/field\/visits\//);

  await page.getByRole('button', { name: 'Я на місці' }).click();
  await page.getByLabel('Заявника повідомлено про фіксацію надання послуги').check();
  await next(page);

  await page.getByLabel('Машинозчитувана зона (MRZ)').fill(MRZ.join('\n'));
  await page.getByRole('button', { name: 'Зчитати MRZ' }).click();
  await page.getByText('MRZ прочитано: SHEVCHENKO OLENA').waitFor();
  expect(await page.getByLabel('Номер документа (9 цифр)').inputValue()).toBe('000123456');
  expect(await page.getByLabel('УНЗР').inputValue()).toBe('19850315-12340');
  await page.getByLabel('РНОКПП (податковий номер)').fill('1759013776');
  await next(page);

  // Documents: the first document of the first service gets two scanned pages; the rest are not at hand.
  const documents = page.locator('li.field-visit-document');
  const count = await documents.count();
  expect(count).toBeGreaterThan(0);
  await documents
    .first()
    .locator('input[type=file]')
    .setInputFiles([
      { name: 'page-1.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: 'page-2.png', mimeType: 'image/png', buffer: png },
    ]);
  await documents
    .first()
    .getByText(/^Сторінка 2, \d+ КБ$/)
    .waitFor({ timeout: 120_000 });
  for (let i = 1; i < count; i += 1) await documents.nth(i).getByLabel('Є в заявника').uncheck();
  // Each page is compressed on the device to the 300 KB budget.
  const sizes = await documents
    .first()
    .getByText(/^Сторінка \d, \d+ КБ$/)
    .allTextContents();
  expect(sizes).toHaveLength(2);
  for (const text of sizes) expect(Number(/, (\d+) КБ/.exec(text)![1])).toBeLessThanOrEqual(300);
  await next(page);

  // Payment, where a service is paid: the POS terminal, the amount from the catalogue (or typed).
  for (const fieldset of await page.locator('fieldset.field-visit-fieldset').all()) {
    await fieldset.getByLabel('Спосіб оплати').selectOption('pos_terminal');
    const amount = fieldset.getByLabel('Сума, грн');
    if (!(await amount.inputValue())) await amount.fill('100,00');
  }
  await next(page);

  // The form and the applicant's signature, drawn with the mouse on the pad.
  await page.getByRole('article', { name: 'Заява' }).waitFor();
  const pad = page.getByRole('img', { name: /Підпис заявника/ });
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1) {
    await page.mouse.move(
      box.x + box.width * (0.1 + step * 0.035),
      box.y + box.height * (0.6 - Math.sin(step / 3) * 0.3),
    );
  }
  await page.mouse.up();
  await next(page);

  await page.getByRole('button', { name: 'Зареєструвати заяви' }).click();
  const confirmation = page.getByRole('article', { name: 'Підтвердження реєстрації заяви' }).first();
  await confirmation.waitFor({ timeout: 120_000 });
  const number = (await confirmation.locator('.confirmation__number').textContent())!;
  expect(number).toMatch(/^.+\/\d{4}\/\d{6}$/);
  expect(await confirmation.textContent()).toMatch(/\/feedback\/[A-Za-z0-9_-]{22}/);
  await confirmation.getByRole('img', { name: 'QR-код адреси для відгуку' }).waitFor();

  // A reload while offline: the app comes back locked; after the PIN the visit is where it was.
  await page.reload();
  await unlock(page);
  await page
    .getByRole('article', { name: 'Підтвердження реєстрації заяви' })
    .first()
    .waitFor({ timeout: 30_000 });
  expect(await page.locator('.confirmation__number').first().textContent()).toBe(number);
  await next(page);
  await page.getByLabel('Результат виїзду').selectOption('completed');
  await page.getByRole('button', { name: 'Завершити виїзд' }).click();
  await page.getByText('Виїзд завершено.', { exact: false }).waitFor();

  // The network returns: sync sends the commands and files by itself; the server lists the application.
  await context.setOffline(false);
  await page.getByRole('link', { name: 'Синхронізація' }).click();
  await page.getByRole('button', { name: 'Синхронізувати зараз' }).click();
  let listed: { number: string; complete: boolean } | undefined;
  for (let attempt = 0; attempt < 60 && !listed?.complete; attempt += 1) {
    const answer = await page.request.get('/api/v1/applications');
    if (answer.ok()) {
      const body = (await answer.json()) as { items: { number: string; complete: boolean }[] };
      listed = body.items.find((item) => item.number === number);
    }
    if (!listed?.complete) await page.waitForTimeout(1_000);
  }
  expect(listed).toMatchObject({ number, complete: true });
}, 420_000);
