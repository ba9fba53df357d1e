import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

/**
 * A Wednesday three weeks ahead (or `weeks` more): past the demo's approved week, so nothing else is
 * booked then.
 */
function freeWednesday(weeks = 0): { iso: string; shown: string } {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 21 + 7 * weeks);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  const iso = day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${d}.${m}.${y}` };
}

/** Fills the place form: 10:00–10:30, the first administrator, the first kit, companions by name. */
async function placeAtTen(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: /^Заявка .* на / });
  await form.getByLabel('Початок').fill('10:00');
  await form.getByLabel('Кінець').fill('10:30');
  await form
    .getByRole('group', { name: /Адміністратори/ })
    .getByRole('checkbox')
    .first()
    .check();
  for (const name of await form.getByLabel(/Або ім’я та організація/).all())
    await name.fill('Іван Свідченко');
  await form.getByRole('button', { name: 'Поставити в план' }).click();
}

describe('the head plans and approves a day', () => {
  test('places a waiting request, is refused a double booking, approves the day — with map tiles blocked', async ({
    page,
  }) => {
    let tileRequests = 0;
    await page.route('https://tiles.valiza.test/**', (route) => {
      tileRequests += 1;
      return route.abort();
    });
    const day = freeWednesday();
    await signIn(page, 'kam.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Планування виїздів' }).click();
    await pageHeading(page, 'Планування виїздів');
    await page.getByLabel('День', { exact: true }).fill(day.shown);
    await page.getByRole('heading', { name: `План на ${day.shown}` }).waitFor();

    const placeButtons = page.getByRole('button', { name: /^Поставити .* на день$/ });
    await placeButtons.first().click();
    await placeAtTen(page);
    await page.getByText(/поставлено в план на 10:00/).waitFor();
    const stops = page.getByRole('region', { name: `План на ${day.shown}` });
    await stops.getByText(/^10:00–10:30 · /).waitFor();

    // The same administrator and kit at the same time: the server names the conflict.
    await placeButtons.first().click();
    await placeAtTen(page);
    const refusal = page.getByRole('alert').filter({ hasText: /уже зайнят/ });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`${day.shown} з 10:00 до 10:30`);
    expect(await stops.getByText(/^10:00–10:30 · /).count()).toBe(1);

    // The map is drawn without its tiles, and says so; the list of stops does not depend on it.
    await page.getByText('Карта-підкладка недоступна: точки показано на простому тлі.').waitFor();
    expect(tileRequests).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Затвердження', exact: true }).click();
    await pageHeading(page, 'Затвердження планів');
    await page.getByLabel(/Причина, якщо валіза не готова/).fill('Валізу перевірять зранку перед виїздом');
    await page.getByRole('button', { name: `Затвердити ${day.shown}` }).click();
    await page.getByText(`План на ${day.shown} затверджено.`).waitFor();
    await page
      .getByRole('row', { name: new RegExp(day.shown) })
      .filter({ hasText: 'Затверджено' })
      .waitFor();
  });
});

describe('the head cancels a placed visit', () => {
  test('cancels from the board with a required reason; the applicant card shows the cancelled visit', async ({
    page,
  }) => {
    const day = freeWednesday(1);
    await signIn(page, 'kam.head');
    await page.goto(`/planning?day=${day.iso}`);
    await page.getByRole('heading', { name: `План на ${day.shown}` }).waitFor();
    await page
      .getByRole('button', { name: /^Поставити .* на день$/ })
      .first()
      .click();
    await placeAtTen(page);
    const placed = await page.getByText(/поставлено в план на 10:00/).innerText();
    const number = /КАМ-\d{4}-\d{6}/.exec(placed)![0];
    const stops = page.getByRole('region', { name: `План на ${day.shown}` });
    await stops.getByText(`10:00–10:30 · ${number}`).waitFor();

    await stops.getByRole('button', { name: new RegExp(`^Скасувати виїзд\\s*${number}$`) }).click();
    const dialog = page.getByRole('dialog', { name: `Скасувати виїзд за заявкою ${number}?` });
    await dialog.getByText(`Виїзд ${day.shown} з 10:00 до 10:30`).waitFor();
    await dialog.getByRole('button', { name: 'Скасувати виїзд' }).click();
    await dialog.getByText('Вкажіть причину скасування.').waitFor();
    await dialog.getByLabel(/Причина скасування/).fill('Заявниця попросила перенести');
    await dialog.getByRole('button', { name: 'Скасувати виїзд' }).click();
    await page.getByText(`Виїзд за заявкою ${number} скасовано. Заявника буде повідомлено.`).waitFor();
    await stops.getByText(`10:00–10:30 · ${number}`).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: new RegExp(`^Поставити ${number} на день$`) }).waitFor();

    await page.goto(`/requests?q=${encodeURIComponent(number)}&state=all`);
    await page.getByRole('table').getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: `Заявка ${number}` }).waitFor();
    await page.locator('a[href^="/applicants/"]').first().click();
    const visits = page.getByRole('table', { name: 'Виїзди' });
    const row = visits.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${day.shown}, 10:00–10:30`);
    expect(await row.innerText()).toContain('Скасовано ЦНАП: Заявниця попросила перенести');
  });
});

describe('kit readiness, calendars and calls', () => {
  test('a technician checks a kit; the head reads the calendar, staff time, outreach sessions and calls', async ({
    page,
    browser,
    baseUrl,
  }) => {
    await signIn(page, 'kam.tech');
    await page.getByRole('navigation').getByRole('link', { name: 'Готовність валіз' }).click();
    await pageHeading(page, 'Готовність валіз');
    const kit = page.getByLabel('Валіза', { exact: true });
    const code = (await kit.locator('option').nth(1).innerText()).trim();
    await kit.selectOption({ label: code });
    for (const item of await page
      .getByRole('group', { name: /Що перевірено/ })
      .getByRole('checkbox')
      .all())
      await item.check();
    await page.getByRole('button', { name: 'Зберегти перевірку' }).click();
    await page.getByText(`Валіза ${code} готова до виїзду.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(code) }).innerText()).toContain('Готова');

    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
    const head = await context.newPage();
    await signIn(head, 'kam.head');
    await head.goto('/calendar');
    await pageHeading(head, 'Календар ЦНАП');
    await head.getByText(/Воєнний стан|Воєнного стану немає/).waitFor();
    await head.goto('/calendar/outreach');
    await pageHeading(head, 'Виїзні прийоми');
    await head.getByRole('heading', { name: 'Прийоми на найближчі чотири тижні' }).waitFor();
    // A day without a session far past the horizon: the change is saved and shown, no session moves.
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const laterShown = later.split('-').reverse().join('.');
    const schedules = head.getByRole('table', { name: 'Розклади виїзних прийомів' });
    await schedules
      .getByRole('button', { name: /^Змінити/ })
      .first()
      .click();
    const edit = head.getByRole('form', { name: 'Зміна розкладу' });
    const exceptions = edit.getByLabel(/Винятки/);
    const listed = await exceptions.inputValue();
    await exceptions.fill(listed ? `${listed}, ${laterShown}` : laterShown);
    await edit.getByRole('button', { name: 'Зберегти розклад' }).click();
    await head.getByText(/Розклад для пункту «.+» змінено/).waitFor();
    await schedules.getByText(laterShown, { exact: false }).waitFor();
    await head.goto('/calendar/staff');
    await pageHeading(head, 'Графік працівників');
    await head.getByLabel('Працівник', { exact: true }).last().selectOption({ index: 1 });
    await head.getByRole('button', { name: 'Створити посилання' }).click();
    await head.getByText(/\/api\/v1\/public\/calendar\/.+\.ics/).waitFor();
    await head.goto('/planning/calls');
    await pageHeading(head, 'Дзвінки заявникам');
    await head.getByRole('heading', { name: 'SMS за день' }).waitFor();
    await context.close();
  });
});
