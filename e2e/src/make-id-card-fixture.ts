// Writes the pictures the web unit tests read an MRZ from (web/src/field/visit/test/id-card-back*.jpg):
// the synthetic ID card back of id-card-back.ts, drawn by chromium, and a tilted, smaller, softer copy. Run: npx tsx e2e/src/make-id-card-fixture.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { drawIdCardBack, tiltPicture } from './id-card-back.js';
import { TEST_MRZ } from './test-mrz.js';

const target = (name: string) =>
  fileURLToPath(new URL(`../../web/src/field/visit/test/${name}`, import.meta.url));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const base64 = await page.evaluate(drawIdCardBack, TEST_MRZ);
  writeFileSync(target('id-card-back.jpg'), Buffer.from(base64, 'base64'));
  const tilted = await page.evaluate(tiltPicture, { jpeg: base64, degrees: 4, scale: 0.55 });
  writeFileSync(target('id-card-back-tilted.jpg'), Buffer.from(tilted, 'base64'));
  console.log('wrote the ID card pictures');
} finally {
  await browser.close();
}
