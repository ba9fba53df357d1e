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
