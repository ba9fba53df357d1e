import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

describe('visit requests', () => {
  test('an operator takes a phone request from a relative and marks it eligible', async ({ page }) => {
    await signIn(page, 'kam.operator');
    await page.getByRole('navigation').getByRole('link', { name: 'Прийняти заявку' }).click();
    await pageHeading(page, 'Прийняти заявку');

    await page.getByLabel('Хто звертається').selectOption('relative');
    await page.getByLabel('Ім’я особи, що звертається').fill('Бондар Оксана');
    await page.getByLabel('Телефон особи, що звертається').fill('050 700 11 22');
    await page.getByLabel('Ким доводиться заявнику').fill('донька');
    const fullName = page.getByLabel('Прізвище, ім’я та по батькові заявника');
    await fullName.fill('Бондар Галина Степанівна');
    // Enter moves on to the next field and never sends a half-filled form.
    await fullName.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'applicant.birthDate',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByLabel('Дата народження').fill('12.04.1938');
    await page.getByLabel('Телефон заявника').fill('050 700 11 23');

    await page.getByLabel('Населений пункт').selectOption({ index: 1 });
    await page.getByLabel('Вулиця').fill('вул. Соборна');
    await page.getByLabel('Будинок').fill('12');
    await page.getByLabel('Квартира').fill('5');
    await page.getByLabel('Код домофона').fill('5К1234');

    await page.getByLabel('Категорія заявника').selectOption('aged_80_plus');
    await page.getByLabel('Послуга', { exact: true }).selectOption({ label: 'Реєстрація місця проживання' });
    await page.getByRole('button', { name: 'Додати послугу' }).click();
    const checklist = page.getByRole('group', { name: 'Реєстрація місця проживання' });
    for (const box of await checklist.getByRole('checkbox').all()) await box.check();
    await checklist.getByLabel('Спосіб оплати').selectOption('pos_terminal');
    await page.getByLabel('Вівторок').check();
    await page.getByLabel('Як ідентифіковано особу, що телефонує').selectOption('callback');

    // Without the two statements the form is refused in the browser, naming both.
    await page.getByRole('button', { name: 'Зберегти заявку' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText(/Попереджено про відповідальність/).waitFor();
    await summary.getByText(/Повідомлено про обробку персональних даних/).waitFor();

    await page.getByLabel('Попереджено про відповідальність за неправдиві відомості').check();
    await page.getByLabel('Повідомлено про обробку персональних даних').check();
    await page.getByRole('button', { name: 'Зберегти заявку' }).click();

    await page.getByRole('heading', { level: 1, name: /^Заявка КАМ-\d{4}-\d{6}$/ }).waitFor();
    await page.getByText(/^Заявку КАМ-\d{4}-\d{6} збережено\.$/).waitFor();
    expect(await page.locator('.page-header').innerText()).toContain('Нова');
    await page.getByRole('button', { name: 'Визнати обґрунтованою' }).click();
    await page.locator('.page-header').getByText('Обґрунтована').waitFor();
    await page.getByRole('table').getByText('Обґрунтована').waitFor();
    expect(
      await page.getByRole('link', { name: 'Пам’ятка для заявника (PDF)' }).getAttribute('href'),
    ).toMatch(/summary\.pdf/);
  });

  test('a relative asks for a visit on a phone and then checks its state', async ({ browser, baseUrl }) => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto('/request/kamianske');
    await pageHeading(page, 'Виклик працівника ЦНАП додому');
    // The robot trap is hidden from people and from screen readers.
    expect(await page.getByRole('textbox', { name: 'Не заповнюйте це поле' }).count()).toBe(0);
    const fontSize = await page.getByText('Хто може викликати').evaluate((h) => getComputedStyle(h).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(20);
    const bodyText = await page
      .getByText('Ви залишаєте заявку тут. Ви отримаєте номер заявки.')
      .evaluate((p) => getComputedStyle(p).fontSize);
    expect(parseFloat(bodyText)).toBeGreaterThanOrEqual(20);

    await page.getByLabel('Ваше ім’я').fill('Петрук Ірина');
    await page
      .getByLabel('Прізвище, ім’я та по батькові людини, до якої приїхати')
      .fill('Петрук Ганна Іванівна');
    await page.getByLabel('Населений пункт').selectOption({ index: 1 });
    await page.getByLabel('Адреса').fill('вул. Шевченка, 3, кв. 7');
    await page.getByLabel('Довідка про зареєстроване місце проживання').check();
    await page.getByLabel('Номер телефону').fill('067 555 01 02');
    await page.getByRole('button', { name: 'Надіслати заявку' }).click();
    await page
      .getByRole('alert')
      .getByText(/Без згоди ми не можемо прийняти заявку/)
      .waitFor();
    await page.getByLabel(/Я згоден \(згодна\)/).check();
    await page.getByLabel(/Я знаю, що за неправдиві відомості/).check();
    await page.getByRole('button', { name: 'Надіслати заявку' }).click();

    await pageHeading(page, 'Заявку прийнято');
    const number = (await page.locator('.public-number').innerText()).trim();
    expect(number).toMatch(/^КАМ-\d{4}-\d{6}$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: 'Дізнатися стан заявки' }).click();
    await pageHeading(page, 'Стан заявки');
    await page.getByLabel('Номер заявки').fill(number);
    await page.getByLabel('Номер телефону').fill('+380675550102');
    await page.getByRole('button', { name: 'Перевірити' }).click();
    await page.getByText('Заявку отримано. Працівник ЦНАП зателефонує.').waitFor();
    await page.getByText('Дату візиту ще не призначено.').waitFor();
    await context.close();
  });

  test('a request that raises a risk signal shows it to the operator', async ({ page }) => {
    await signIn(page, 'kam.operator');
    await page.goto('/requests?q=%D0%93%D1%83%D0%BC%D0%B5%D0%BD%D1%8E%D0%BA&state=all');
    await page
      .getByRole('row', { name: /Гуменюк Ольга Дмитрівна/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Заявка КАМ-/ }).waitFor();
    const signals = page.getByRole('status').filter({ hasText: 'Сигнали ризику' });
    await signals.getByText(/Обрано категорію «80 років і більше», але за датою народження особі/).waitFor();
  });

  test('a Pyriatyn operator cannot open a Kamianske request', async ({ page, browser, baseUrl }) => {
    await signIn(page, 'kam.operator');
    await page.getByRole('navigation').getByRole('link', { name: 'Заявки' }).click();
    await pageHeading(page, 'Нові заявки');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Заявка КАМ-/ }).waitFor();
    const path = new URL(page.url()).pathname;

    const context = await browser.newContext({ baseURL: baseUrl });
    const other = await context.newPage();
    await signIn(other, 'pyr.operator');
    await other.goto(path);
    await pageHeading(other, 'Сторінку не знайдено');
    expect(await other.getByText('Гуменюк').count()).toBe(0);
    await context.close();
  });
});
