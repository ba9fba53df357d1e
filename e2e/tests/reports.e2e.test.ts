import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { test } from '../src/browser.js';

/** The quarter before today's, as the report page picks it by default: code and its dates. */
function previousQuarter(): { code: string; from: string; to: string } {
  const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Kyiv' }));
  let year = now.getFullYear();
  let quarter = Math.floor(now.getMonth() / 3);
  if (quarter === 0) {
    quarter = 4;
    year -= 1;
  }
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    code: `${year}-Q${quarter}`,
    from: `01.${pad(lastMonth - 2)}.${year}`,
    to: `${lastDay}.${pad(lastMonth)}.${year}`,
  };
}

describe('reports and the public indicators', () => {
  test("the head opens last quarter's report and publishes it; the public page shows it without sign-in", async ({
    page,
    browser,
    baseUrl,
  }) => {
    const quarter = previousQuarter();
    await signIn(page, 'kam.head');
    await page.getByRole('navigation').getByRole('link', { name: 'Звіти' }).click();
    await pageHeading(page, 'Звіти');
    await page.getByText(`Період: ${quarter.from} – ${quarter.to}`).waitFor();
    await page.getByRole('img', { name: 'Найпоширеніші послуги: стовпчикова діаграма' }).waitFor();
    await page.getByText('Цей квартал ще не оприлюднено.').waitFor();

    await page.getByRole('button', { name: `Оприлюднити ${quarter.code}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Оприлюднити показники кварталу?' });
    await dialog.getByRole('button', { name: `Оприлюднити ${quarter.code}` }).click();
    await page.getByText(`Показники за ${quarter.code} оприлюднено.`).waitFor();

    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 740 } });
    const visitor = await context.newPage();
    await visitor.goto('/indicators/kamianske');
    await pageHeading(visitor, 'Показники мобільного ЦНАП');
    await visitor.getByRole('heading', { name: `Квартал: ${quarter.from} – ${quarter.to}` }).waitFor();
    await visitor.getByText('Надані послуги', { exact: true }).first().waitFor();
    // Large type that fits a small phone: nothing runs off to the side.
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await visitor.getByRole('button', { name: 'English' }).click();
    await pageHeading(visitor, 'Mobile office figures');

    const embedded = await visitor.goto('/embed/indicators/kamianske');
    expect(embedded?.headers()['content-security-policy']).toBe('frame-ancestors *');
    expect(embedded?.headers()['x-frame-options']).toBeUndefined();
    await pageHeading(visitor, 'Mobile office figures');
    await visitor.goto('/indicators/no-such-centre');
    await visitor.getByText('There is no centre at this address. Check the link.').waitFor();
    await context.close();
  });
});
