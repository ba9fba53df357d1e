// @vitest-environment node
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportSignaturePng } from '../form/signature';
import { smallJpeg } from '../test/page-fixtures';
import { buildDocumentPdf } from './document-pdf';

describe('buildDocumentPdf', () => {
  it('makes one PDF with one A4 page per captured image, turned to the image', async () => {
    const pages = [await smallJpeg(120, 170, 1), await smallJpeg(170, 120, 2), await smallJpeg(120, 170, 3)];
    const bytes = await buildDocumentPdf(pages, { title: 'Паспорт' });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe('Паспорт');
    const [portrait, landscape] = pdf.getPages().map((p) => p.getSize());
    expect(portrait!.height).toBeGreaterThan(portrait!.width);
    expect(landscape!.width).toBeGreaterThan(landscape!.height);
  });

  it('marks a certified copy: the stamp on every page and the certification in the subject', async () => {
    const stampPng = await exportSignaturePng({
      width: 60,
      height: 20,
      strokes: [
        [
          { x: 2, y: 2 },
          { x: 58, y: 18 },
        ],
      ],
    });
    const lines = ['Згідно з оригіналом', 'Адміністратор ЦНАП Іваненко О. П.', '15.03.2026'];
    const plain = await buildDocumentPdf([await smallJpeg(), await smallJpeg()], { title: 'Довідка' });
    const bytes = await buildDocumentPdf([await smallJpeg(), await smallJpeg()], {
      title: 'Довідка',
      certification: { lines, stampPng },
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getSubject()).toBe(lines.join(' · '));
    expect(bytes.length).toBeGreaterThan(plain.length);
  });

  it('refuses a document without pages', async () => {
    await expect(buildDocumentPdf([], { title: 'x' })).rejects.toThrow();
  });
});
