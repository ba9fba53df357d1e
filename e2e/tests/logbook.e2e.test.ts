import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

describe('the logbook in the morning', () => {
  test('the head sees what must go to providers today and records a forwarding', async ({ page }) => {
    await signIn(page, 'pyr.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Журнал' }).click();
    await pageHeading(page, 'Журнал на сьогодні');
    const dueToday = page.getByRole('region', { name: /^Передати сьогодні/ });
    const lateToForward = page.getByRole('region', { name: /^Прострочено передачу/ });
    await dueToday.waitFor();
    // On a working day the demo leaves applications due today; on a weekend only late ones remain.
    const section = (await dueToday.getByRole('link').count()) > 0 ? dueToday : lateToForward;
    const first = section.getByRole('link').first();
    const number = (await first.innerText()).trim();
    expect(number).toMatch(/^ПИР\/\d{4}\/\d{6}$/);
    await first.click();
    await pageHeading(page, `Заява ${number}`);

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
    await page.getByRole('navigation').getByRole('link', { name: 'Журнал' }).click();
    await pageHeading(page, 'Журнал на сьогодні');
    const dueToday = page.getByRole('region', { name: /^Передати сьогодні/ });
    const lateToForward = page.getByRole('region', { name: /^Прострочено передачу/ });
    await dueToday.waitFor();
    const section = (await dueToday.getByRole('link').count()) > 0 ? dueToday : lateToForward;
    const first = section.getByRole('link').last();
    const number = (await first.innerText()).trim();
    await first.click();
    await pageHeading(page, `Заява ${number}`);

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
