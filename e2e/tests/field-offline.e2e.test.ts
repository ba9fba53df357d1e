import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DEMO_PASSWORD, pageHeading } from '../src/app.js';
import { test } from '../src/browser.js';

const PIN = '493817';

/** Sets this browser up as a field device of `login` (online): sign-in, PIN, registration, first pull. */
async function setUpFieldDevice(page: Page, login: string): Promise<void> {
  await page.goto('/field');
  await pageHeading(page, 'Підготувати ноутбук до виїзду');
  await page.getByLabel('Логін').fill(login);
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByLabel('PIN-код', { exact: true }).fill(PIN);
  await page.getByLabel('PIN-код ще раз').fill(PIN);
  await page.getByRole('button', { name: 'Зареєструвати пристрій' }).click();
  await pageHeading(page, 'План на сьогодні');
}

async function unlockWithPin(page: Page): Promise<void> {
  await pageHeading(page, 'Розблокувати');
  await page.getByLabel('PIN-код').fill(PIN);
  await page.getByRole('button', { name: 'Розблокувати' }).click();
  await pageHeading(page, 'План на сьогодні');
}

interface DeviceView {
  id: string;
  lastReport: { unsentCommands: number } | null;
}

/** The person's devices as the server sees them (the page still holds the office session cookie). */
function devices(page: Page): Promise<DeviceView[]> {
  return page.evaluate(async () => {
    const answer = await fetch('/api/v1/devices');
    return ((await answer.json()) as { items: DeviceView[] }).items;
  });
}

describe('the field app offline', () => {
  test('receives the plan, keeps work through an offline reload, and sends it when the network returns', async ({
    page,
  }) => {
    await setUpFieldDevice(page, 'kam.field');
    // The service worker controls the page and has precached the app: the shell works offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const visits = page.getByRole('list', { name: 'План на сьогодні' }).getByRole('listitem');
    await expect.poll(() => visits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const visitCount = await visits.count();
    const firstVisit = await visits.first().innerText();
    const line = page.getByTestId('field-sync-line');
    await expect.poll(() => line.innerText()).toContain('Готово');

    const context = page.context();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Надіслати звіт про стан пристрою' }).click();
    await page.getByText('Звіт поставлено в чергу на надсилання.').waitFor();
    await expect.poll(() => line.innerText()).toContain('Чекають надсилання: 1');

    // A reload with the network cut: the app comes from the service worker, the data stays
    // encrypted on the device until the PIN opens it.
    await page.reload();
    await unlockWithPin(page);
    await expect.poll(() => visits.count()).toBe(visitCount);
    expect(await visits.first().innerText()).toBe(firstVisit);
    await expect.poll(() => line.innerText()).toContain('Чекають надсилання: 1');
    await expect.poll(() => line.innerText()).toContain('Немає зв’язку');

    const before = await devicesAfterReconnect(context, page);
    expect(before.length).toBeGreaterThan(0);
    // The network is back: sync runs by itself and the report reaches the server.
    await expect
      .poll(async () => (await devices(page)).some((d) => d.lastReport !== null), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(() => line.innerText()).toContain('Чекають надсилання: 0');
    await page.getByRole('link', { name: 'Синхронізація' }).click();
    await pageHeading(page, 'Синхронізація');
    await expect.poll(() => page.getByTestId('field-status-sent').innerText()).toBe('1');
    expect(await page.getByTestId('field-status-needs-person').innerText()).toBe('0');
  });

  test('an upload cut in the middle of a file resumes after a reload without starting over', async ({
    browser,
    baseUrl,
  }) => {
    // Without a service worker, so that every upload request passes through page.route.
    const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', locale: 'uk-UA' });
    context.setDefaultTimeout(10_000);
    await context.addInitScript(() => window.sessionStorage.setItem('valiza.field.testApi', '1'));
    const page = await context.newPage();
    try {
      await setUpFieldDevice(page, 'pyr.field');
      await expect.poll(() => page.getByTestId('field-sync-line').innerText()).toContain('Готово');

      const patches: { offset: number; bytes: number; cut: boolean }[] = [];
      let cut = true;
      await page.route('**/api/v1/uploads/**', async (route, request: Request) => {
        if (request.method() !== 'PATCH') return route.continue();
        const offset = Number(request.headers()['upload-offset']);
        const bytes = request.postDataBuffer()?.length ?? 0;
        // The connection drops at the fourth chunk and stays down until the reload.
        const drop = cut && (patches.filter((p) => !p.cut).length >= 3 || patches.some((p) => p.cut));
        patches.push({ offset, bytes, cut: drop });
        return drop ? route.abort('connectionreset') : route.continue();
      });

      const size = 600 * 1024;
      const attachmentId = await page.evaluate(async (length) => {
        const bytes = new Uint8Array(length);
        bytes.set([0xff, 0xd8, 0xff, 0xe0]);
        for (let i = 4; i < length; i += 1) bytes[i] = (i * 31) % 251;
        const field = (window as unknown as { valizaField: FieldApi }).valizaField;
        const { attachments } = await field.enqueue(
          'device.report',
          {
            appVersion: 'e2e',
            storageUsedBytes: 0,
            storageQuotaBytes: null,
            storagePersisted: null,
            unsentCommands: 0,
            unsentAttachments: 1,
          },
          { formatVersion: 2, attachments: [{ blob: new Blob([bytes]), mediaType: 'image/jpeg' }] },
        );
        return attachments[0]!.id;

        interface FieldApi {
          enqueue: (
            type: string,
            payload: unknown,
            options: unknown,
          ) => Promise<{ attachments: { id: string }[] }>;
        }
      }, size);

      await expect.poll(() => patches.filter((p) => p.cut).length, { timeout: 20_000 }).toBeGreaterThan(0);
      const received = patches.filter((p) => !p.cut).reduce((sum, p) => sum + p.bytes, 0);
      expect(received).toBe(3 * 64 * 1024);
      const serverOffset = await uploadOffset(page, attachmentId);
      expect(serverOffset).toBe(received);

      // The link comes back; the page is reloaded and unlocked: the upload continues where the
      // server stopped, told by the URL kept in IndexedDB.
      cut = false;
      const beforeReload = patches.length;
      await page.reload();
      await unlockWithPin(page);
      await expect.poll(() => uploadOffset(page, attachmentId), { timeout: 20_000 }).toBe(size);
      const after = patches.slice(beforeReload);
      expect(after[0]?.offset).toBe(serverOffset);
      expect(after.every((p) => p.offset >= serverOffset)).toBe(true);
      // Every byte crossed the link once: what the server accepted adds up to the file, nothing more.
      const accepted = patches.filter((p) => !p.cut).reduce((sum, p) => sum + p.bytes, 0);
      expect(accepted).toBe(size);
      await expect
        .poll(() => page.getByTestId('field-sync-line').innerText())
        .toContain('Чекають надсилання: 0');
    } finally {
      await context.close();
    }
  });
});

/** Restores the network and answers the person's devices. */
async function devicesAfterReconnect(context: BrowserContext, page: Page): Promise<DeviceView[]> {
  await context.setOffline(false);
  return devices(page);
}

/** How many bytes of an attachment the server holds (`HEAD` of its upload; the full size once stored). */
function uploadOffset(page: Page, id: string): Promise<number> {
  return page.evaluate(async (attachmentId) => {
    const answer = await fetch(`/api/v1/uploads/${attachmentId}`, {
      method: 'HEAD',
      headers: { 'Tus-Resumable': '1.0.0' },
    });
    return answer.ok ? Number(answer.headers.get('Upload-Offset')) : -1;
  }, id);
}
