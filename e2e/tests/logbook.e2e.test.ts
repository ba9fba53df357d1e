import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

/**
 * Opens the logbook's morning page and, from it, an application still to be forwarded: on a working
 * day the demo leaves some due today; on a weekend only late ones remain.
 */
async function openEntryToForward(page: Page, which: 'first' | 'last') {
  await page.getByRole('navigation').getByRole('link', { name: 'Журнал' }).click();
  await pageHeading(page, 'Журнал на сьогодні');
  const dueToday = page.getByRole('region', { name: /^Передати сьогодні/ });
  const lateToForward = page.getByRole('region', { name: /^Прострочено передачу/ });
  await dueToday.waitFor();
  const section = (await dueToday.getByRole('link').count()) > 0 ? dueToday : lateToForward;
  const links = section.getByRole('link');
  const link = which === 'first' ? links.first() : links.last();
  const number = (await link.innerText()).trim();
  await link.click();
  await pageHeading(page, `Заява ${number}`);
  return { number, dueToday };
}

describe('the logbook in the morning', () => {
  test('the head sees what must go to providers today and records a forwarding', async ({ page }) => {
    await signIn(page, 'pyr.head');
    const { number, dueToday } = await openEntryToForward(page, 'first');
    expect(number).toMatch(/^ПИР\/\d{4}\/\d{6}$/);

    await page.getByLabel('Спосіб').selectOption({ label: 'Кур’єром (папір)' });
    await page.getByLabel('Реєстраційний номер у суб’єкта').fill('вх-2026/77');
    await page.getByRole('button', { name: 'Записати передачу' }).click();
    await page.getByRole('heading', { name: 'Рішення суб’єкта надання', level: 2 }).waitFor();
    const events = page.getByRole('region', { name: 'Події' });
    expect(await events.innerText()).toContain('Передано суб’єкту надання');
    expect(await events.innerText()).toContain('Кур’єром (папір)');

    await page.getByRole('link', { name: 'Сьогодні' }).click();
    await pageHeading(page, 'Журнал на сьогодні');
    await dueToday.waitFor();
    expect(await page.getByRole('link', { name: number }).count()).toBe(0);
  });
});

describe('a registration mistake found before forwarding', () => {
  test('the operator corrects the pages of a document and works on under the new entry', async ({ page }) => {
    await signIn(page, 'kam.operator');
    const { number } = await openEntryToForward(page, 'last');

    await page.getByRole('button', { name: 'Виправити запис…' }).click();
    await page.getByLabel('Що було не так').fill('Кількість сторінок першого документа');
    await page.getByLabel('Сторінок').first().fill('7');
    await page.getByRole('button', { name: 'Внести виправлення' }).click();

    await page.getByRole('link', { name: `Виправляє запис № ${number}` }).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect(heading).not.toContain(number);
    expect(await page.getByText(/: 7 арк\./).count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: `Виправляє запис № ${number}` }).click();
    await pageHeading(page, `Заява ${number}`);
    await page.getByText(/^Запис виправлено записом №/).waitFor();
    expect(await page.getByRole('button', { name: 'Записати передачу' }).count()).toBe(0);
  });
});
