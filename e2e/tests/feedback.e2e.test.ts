import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

describe('feedback and quality', () => {
  test('a person leaves feedback on the public page once, on a phone, with the token from a confirmation', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/feedback/demo-kam-1');
    await pageHeading(page, 'Ваш відгук про обслуговування');
    await page.getByRole('group', { name: 'Що ви хочете залишити?' }).getByLabel('Пропозиція').check();
    await page.getByLabel('Ваш відгук').fill('Було б добре приїжджати і в суботу.');
    await page
      .getByRole('group', { name: /Ваша оцінка/ })
      .getByLabel('4')
      .check();
    await page.getByRole('button', { name: 'Надіслати відгук' }).click();
    await pageHeading(page, 'Дякуємо за відгук!');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

    // The token is used up: the same link now says so, in the language the person picks.
    await page.goto('/feedback/demo-kam-1');
    await pageHeading(page, 'Посилання недійсне');
    await page
      .getByText('Це посилання для відгуку недійсне або вже використане.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await pageHeading(page, 'The link is not valid');
    await page.goto('/feedback/no-such-token');
    await pageHeading(page, 'The link is not valid');
  });

  test('the quality officer records a survey where money was asked for, and the head sees the alert', async ({
    page,
    browser,
    baseUrl,
  }) => {
    await signIn(page, 'kam.quality');
    await page.getByRole('navigation').getByRole('link', { name: 'Опитування' }).click();
    await pageHeading(page, 'Телефонні опитування');
    const call = page.getByRole('link', { name: /^Зателефонувати / }).first();
    const label = (await call.innerText()).trim();
    const number = label.replace(/^Зателефонувати\s*/, '');
    await call.click();
    await pageHeading(page, 'Опитування після виїзду');
    await page.getByRole('group', { name: 'Чим завершився дзвінок' }).getByLabel('Поговорили').check();
    await page.getByRole('group', { name: 'Чи приїхали вчасно, як домовлялися?' }).getByLabel('4').check();
    await page.getByRole('group', { name: 'Наскільки ввічливим був адміністратор?' }).getByLabel('3').check();
    await page.getByRole('group', { name: 'Чи зрозуміло все пояснили?' }).getByLabel('4').check();
    await page
      .getByRole('group', { name: /просив хтось гроші/ })
      .getByLabel('Так')
      .check();
    await page.getByRole('group', { name: 'Наскільки ви задоволені загалом?' }).getByLabel('2').check();
    await page.getByRole('button', { name: 'Записати дзвінок' }).click();
    await page.getByText('Дзвінок записано.').waitFor();

    const context = await browser.newContext({ baseURL: baseUrl });
    const head = await context.newPage();
    await signIn(head, 'kam.head');
    // The demo's own signal and the new one, on the home page the same day.
    await head.getByText('Нові сигнали про вимагання: 2.', { exact: false }).waitFor();
    await head.getByRole('link', { name: 'Відкрити' }).click();
    await pageHeading(head, 'Якість обслуговування');
    await head.getByText(`Заявка ${number}.`, { exact: false }).waitFor();
    await context.close();
  });
});
