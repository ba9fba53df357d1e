import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/app.js';
import { test } from '../src/browser.js';
import { drawIdCardBack } from '../src/id-card-back.js';
import { TEST_MRZ } from '../src/test-mrz.js';

const PIN = '135792';

/** A plain "scanned page": an A4-shaped JPEG of lines of text, made by the browser. */
async function pageFixture(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#222222';
    context.font = '32px serif';
    for (let line = 0; line < 30; line += 1)
      context.fillText(`Line ${line + 1} of the page`, 100, 120 + line * 48);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** Signs the device in once online, then cuts the network and opens the first visit of the day at its identity step. */
async function offlineAtIdentity(page: Page) {
  await page.goto('/field');
  await page.getByLabel('Логін').fill('kam.field');
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByLabel('PIN-код', { exact: true }).fill(PIN);
  await page.getByLabel('PIN-код ще раз').fill(PIN);
  await page.getByRole('button', { name: 'Зареєструвати пристрій' }).click();
  const start = page.getByRole('link', { name: 'Розпочати виїзд' }).first();
  await start.waitFor({ timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect
    .poll(() => page.getByTestId('field-sync-line').innerText(), { timeout: 20_000 })
    .toContain('Готово');
  // The OCR engine and its model are in the service worker's precache, ready for the cut.
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls.filter((url) => url.startsWith('/ocr/')).map((url) => url.replace(/^\/ocr\/[^/]+\//, ''));
  });
  expect(precached.sort()).toEqual([
    'eng.traineddata.gz',
    'tesseract-core-simd-lstm.js',
    'tesseract-core-simd-lstm.wasm',
    'worker.min.js',
  ]);
  // The pictures are made while online (nothing else needs the network); then it is cut for good.
  const card = Buffer.from(await page.evaluate(drawIdCardBack, [...TEST_MRZ]), 'base64');
  const wrongCard = Buffer.from(
    await page.evaluate(drawIdCardBack, [
      TEST_MRZ[0].replace('0001234565', '0001234566'),
      TEST_MRZ[1],
      TEST_MRZ[2],
    ]),
    'base64',
  );
  const sheet = await pageFixture(page);
  await page.context().setOffline(true);
  await start.click();
  await page.getByRole('button', { name: 'Я на місці' }).click();
  await page.getByLabel('Заявника повідомлено про фіксацію надання послуги').check();
  await page.getByRole('button', { name: 'Далі' }).click();
  return { card, wrongCard, sheet };
}

test('offline: the MRZ is read on the device from a photo of the ID card back and, once confirmed, fills the form; a page is cropped by hand', async ({
  page,
}) => {
  const { card, wrongCard, sheet } = await offlineAtIdentity(page);
  const scanInput = page.getByLabel('Фото або скан звороту картки');
  const mrzField = page.getByLabel('Машинозчитувана зона (MRZ)');

  // A picture whose MRZ has a wrong check digit: read, shown with the reason, never filled in.
  await scanInput.setInputFiles({ name: 'card-wrong.jpg', mimeType: 'image/jpeg', buffer: wrongCard });
  await page.getByText('MRZ розпізнано з помилками', { exact: false }).waitFor({ timeout: 120_000 });
  expect((await mrzField.inputValue()).split('\n')[0]).toBe(TEST_MRZ[0].replace('0001234565', '0001234566'));
  expect(await page.getByLabel('Номер документа (9 цифр)').inputValue()).toBe('');
  await page.getByRole('button', { name: 'Зчитати MRZ' }).click();
  expect(await page.getByLabel('УНЗР').inputValue()).toBe('');

  // The right card: read, the check digits agree; the administrator compares and confirms.
  await scanInput.setInputFiles({ name: 'card.jpg', mimeType: 'image/jpeg', buffer: card });
  await page
    .getByText('MRZ розпізнано, контрольні цифри збігаються', { exact: false })
    .waitFor({ timeout: 120_000 });
  await page.getByRole('img', { name: 'Нижня частина знімка, де шукали MRZ' }).waitFor();
  expect(await mrzField.inputValue()).toBe(TEST_MRZ.join('\n'));
  expect(await page.getByLabel('Номер документа (9 цифр)').inputValue()).toBe('');
  await page.getByRole('button', { name: 'Зчитати MRZ' }).click();
  await page.getByText('MRZ прочитано: SHEVCHENKO OLENA').waitFor();
  expect(await page.getByLabel('Номер документа (9 цифр)').inputValue()).toBe('000123456');
  expect(await page.getByLabel('УНЗР').inputValue()).toBe('19850315-12340');
  await page.getByLabel('РНОКПП (податковий номер)').fill('1759013776');
  await page.getByRole('button', { name: 'Далі' }).click();

  // Documents: a page, then a free crop — the top-left corner dragged with the mouse, the right edge by keyboard.
  const document = page.locator('li.field-visit-document').first();
  await document
    .locator('input[type=file]')
    .setInputFiles({ name: 'sheet.jpg', mimeType: 'image/jpeg', buffer: sheet });
  await document.getByText(/^Сторінка 1, \d+ КБ$/).waitFor({ timeout: 120_000 });
  const thumbSize = () =>
    document
      .locator('img.page-capture__thumb')
      .first()
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  await expect.poll(thumbSize).toEqual([1200, 1600]);
  await document.getByRole('button', { name: 'Обрізати вручну' }).click();
  const editor = document.getByRole('group', { name: 'Обрізання: Сторінка 1' });
  const frame = (await editor.locator('.crop-editor__image').boundingBox())!;
  const corner = (await editor.locator('[data-grip="top-left"]').boundingBox())!;
  await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width * 0.15, frame.y + frame.height * 0.15, { steps: 5 });
  await page.mouse.move(frame.x + frame.width * 0.25, frame.y + frame.height * 0.25, { steps: 5 });
  await page.mouse.up();
  await editor.getByRole('slider', { name: 'Правий край' }).focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await editor.getByRole('slider', { name: 'Правий край' }).getAttribute('aria-valuenow')).toBe('80');
  await editor.getByRole('button', { name: 'Обрізати' }).click();
  // The crop is applied to the picture before it is compressed again: 55 % × 75 % of 1200 × 1600.
  await expect
    .poll(
      async () => {
        const [width, height] = await thumbSize();
        return Math.abs(width! - 660) <= 3 && Math.abs(height! - 1200) <= 3;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}, 420_000);
