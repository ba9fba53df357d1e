// @vitest-environment node
// (Tesseract's Node build runs here, in worker threads, reading its core and model from node_modules.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { toGray } from './mrz-image';
import { readMrzPicture } from './mrz-read';
import { startMrzOcr, type MrzOcr } from './ocr-engine';

const MRZ = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
].join('\n');
const TODAY = '2026-05-01';

/** The English LSTM model the browser build serves too (web/vite-ocr-assets.ts). */
const langPath = `${dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json'))}/4.0.0_best_int`;

/** The synthetic photos of an ID card's back made by e2e/src/make-id-card-fixture.ts (chromium, canvas). */
function cardPicture(name = 'id-card-back.jpg') {
  const file = readFileSync(new URL(`../test/${name}`, import.meta.url));
  const decoded = jpeg.decode(file, { useTArray: true });
  return toGray(decoded.data, decoded.width, decoded.height);
}

/** An engine that answers fixed texts, one a call, to test what is done with a reading. */
function answering(...texts: string[]): MrzOcr {
  return { read: async () => texts.shift() ?? '', close: async () => undefined };
}

describe('reading the MRZ off a picture of an ID card', () => {
  it('reads a valid TD1 MRZ from photos of the card back with the real OCR engine, a tilted, small one too', async () => {
    const ocr = await startMrzOcr({ langPath, cacheMethod: 'none', gzip: true });
    try {
      expect(await readMrzPicture(ocr, cardPicture(), TODAY)).toEqual({ text: MRZ, valid: true });
      // 4° askew, 704 pixels wide, a little soft.
      const tilted = await readMrzPicture(ocr, cardPicture('id-card-back-tilted.jpg'), TODAY);
      expect(tilted.valid).toBe(true);
      expect(tilted.text?.split('\n').slice(0, 2)).toEqual(MRZ.split('\n').slice(0, 2));
    } finally {
      await ocr.close();
    }
  }, 180_000);

  it('answers a reading whose check digit fails as not valid, for the administrator to correct', async () => {
    const wrong = MRZ.replace('0001234565', '0001234566');
    const reading = await readMrzPicture(answering(wrong, 'UKRAINE'), cardPicture(), TODAY);
    expect(reading).toEqual({ text: wrong, valid: false });
  });

  it('tries the next picture when the first gave no valid reading', async () => {
    const wrong = MRZ.replace(/8$/, '<');
    const reading = await readMrzPicture(answering(wrong, MRZ), cardPicture(), TODAY);
    expect(reading).toEqual({ text: MRZ, valid: true });
  });

  it('answers no text when the picture holds no MRZ', async () => {
    expect(await readMrzPicture(answering('UKRAINE', ''), cardPicture(), TODAY)).toEqual({
      text: null,
      valid: false,
    });
  });
});
