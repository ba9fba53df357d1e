import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { pageHeading, signIn } from '../src/app.js';
import { artifactPath, test } from '../src/browser.js';

const MIN_TARGET = 48;

/** Interactive elements on screen that are smaller than a fingertip, described for the failure message. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea');
    for (const control of controls) {
      // A checkbox is pressed through its label, which is the target that must be large.
      const target =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? (document.querySelector<HTMLElement>(`label[for="${control.id}"]`) ?? control)
          : control;
      const box = target.getBoundingClientRect();
      const hidden = box.width === 0 || box.bottom < 0 || target.closest('.visually-hidden, .skip-link');
      if (!hidden && box.height < min - 0.5) small.push(`${target.outerHTML.slice(0, 80)} (${box.height}px)`);
    }
    return small;
  }, MIN_TARGET);
}

function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('layout on a 10-inch laptop and on a phone', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`pages of the head fit ${viewport.width}px with large touch targets`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // pyr.head: the shell test changes kam.head's saved language, and tests run in parallel.
      await signIn(page, 'pyr.head');
      for (const [path, heading] of [
        ['/', 'ЦНАП Пирятинської міської ради'],
        ['/staff', 'Працівники'],
        ['/centre', 'Налаштування ЦНАП'],
        ['/staff/new', 'Додати працівника'],
      ] as const) {
        await page.goto(path);
        await pageHeading(page, heading);
        await page.locator('.spinner-block').waitFor({ state: 'detached' });
        expect(await overflowsSideways(page), path).toBe(false);
        expect(await smallTargets(page), path).toEqual([]);
        if (viewport.width === 1280 && (path === '/' || path === '/staff')) {
          // Kept for people to look at: the screens as a head sees them on the field laptop.
          await page.screenshot({ path: artifactPath(`screen-${path === '/' ? 'home' : 'staff'}-1280x800`) });
        }
      }
    });
  }
});
