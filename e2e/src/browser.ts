import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Debian's chromium, headless, with nothing that talks to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A file-safe name for a test's artifacts. */
export function artifactPath(name: string, extension = 'png'): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 100)}.${extension}`);
}

interface BrowserFixtures {
  baseUrl: string;
  /** A page in a fresh browser context (own cookies, storage and service worker), 1280×800. */
  page: Page;
}

/**
 * `test` with a `page` in a fresh context per test, so tests share nothing and may run in parallel.
 * The browser is started once per file. A failed test leaves a screenshot in `e2e/artifacts/`.
 */
export const test = base.extend<BrowserFixtures & { browser: Browser }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  baseUrl: async ({}, use) => {
    await use(inject('baseUrl'));
  },
  browser: [
    // eslint-disable-next-line no-empty-pattern -- see baseUrl
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  page: async ({ browser, baseUrl, task }, use) => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    // Generous: the first page of a context also installs the service worker, which precaches every
    // chunk; on a busy two-core machine that can hold the first screen for several seconds.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await use(page);
    if (task.result?.state === 'fail') {
      await page.screenshot({ path: artifactPath(task.name), fullPage: true }).catch(() => undefined);
    }
    await context.close();
  },
});
