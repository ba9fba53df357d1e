// Writes the picture the web unit tests read an MRZ from (web/src/field/visit/test/id-card-back.jpg):
// the synthetic ID card back of id-card-back.ts, drawn by chromium. Run: npx tsx e2e/src/make-id-card-fixture.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { drawIdCardBack } from './id-card-back.js';
import { TEST_MRZ } from './test-mrz.js';

const target = fileURLToPath(new URL('../../web/src/field/visit/test/id-card-back.jpg', import.meta.url));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const base64 = await page.evaluate(drawIdCardBack, TEST_MRZ);
  writeFileSync(target, Buffer.from(base64, 'base64'));
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
}
