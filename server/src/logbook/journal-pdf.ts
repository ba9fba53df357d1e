import type { PDFFont, PDFPage } from 'pdf-lib';
import { loadFonts } from '../pdf/fonts.js';
import { wrapText } from '../pdf/wrap-text.js';
import type { Locale } from '@valiza/domain';
import { JOURNAL_COLUMN_WEIGHTS as WEIGHTS } from './journal.js';
import { journalText } from './journal.texts.js';

/** A4 landscape in points. */
const PAGE: [number, number] = [841.89, 595.28];
const MARGIN = 28;
const SIZE = 6.8;
const LINE = SIZE * 1.25;
const PAD = 2.5;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * The journal as a paper logbook: A4 landscape, a title and period on the first sheet, a ruled
 * table whose header repeats on every sheet, rows never split across sheets, and "sheet n of m" at
 * the foot, in the words of `locale`. Text is drawn literally (markup in data is printed as typed),
 * in DejaVu Sans.
 */
export async function journalPdf(
  rows: readonly (readonly string[])[],
  meta: { centreName: string; period: string; printedAt: string },
  locale: Locale = 'uk',
): Promise<Uint8Array> {
  const T = journalText(locale);
  const [{ PDFDocument, rgb }, { default: fontkit }] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit'),
  ]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  doc.setTitle(`${T.title} — ${meta.centreName}`, { showInWindowTitleBar: true });
  doc.setLanguage(locale);
  doc.setProducer('Valiza');
  doc.setCreator('Valiza');
  const black = rgb(0, 0, 0);
  const width = PAGE[0] - 2 * MARGIN;
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = WEIGHTS.map((w) => (w / total) * width);

  const cellLines = (text: string, col: number, font: PDFFont) =>
    wrapText(text, (s) => font.widthOfTextAtSize(s, SIZE), widths[col]! - 2 * PAD);
  const layout = (row: readonly string[], font: PDFFont) => {
    const lines = row.map((cell, col) => cellLines(cell, col, font));
    return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD };
  };

  const [header = [], ...body] = rows;
  const head = layout(header, fonts.bold);
  let page!: PDFPage;
  let y = 0;
  const drawRow = (r: { lines: string[][]; height: number }, font: PDFFont) => {
    let x = MARGIN;
    r.lines.forEach((lines, col) => {
      page.drawRectangle({
        x,
        y: y - r.height,
        width: widths[col]!,
        height: r.height,
        borderColor: black,
        borderWidth: 0.5,
      });
      lines.forEach((line, i) =>
        page.drawText(line, {
          x: x + PAD,
          y: y - PAD - (i + 1) * LINE + 1.8,
          size: SIZE,
          font,
          color: black,
        }),
      );
      x += widths[col]!;
    });
    y -= r.height;
  };
  const newPage = (first: boolean) => {
    page = doc.addPage(PAGE);
    y = PAGE[1] - MARGIN;
    if (first) {
      const title = `${T.title}`;
      page.drawText(title, { x: MARGIN, y: y - 12, size: 12, font: fonts.bold, color: black });
      page.drawText(`${meta.centreName}, ${meta.period}`, {
        x: MARGIN,
        y: y - 28,
        size: 10,
        font: fonts.regular,
      });
      y -= 40;
    }
    drawRow(head, fonts.bold);
  };
  newPage(true);
  if (body.length === 0) {
    y -= 14;
    page.drawText(T.empty, { x: MARGIN, y, size: 10, font: fonts.regular });
  }
  for (const row of body) {
    const r = layout(row, fonts.regular);
    if (y - r.height < MARGIN + 14) newPage(false);
    drawRow(r, fonts.regular);
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`${T.page(i + 1, pages.length)}   ${T.printed(meta.printedAt)}`, {
      x: MARGIN,
      y: MARGIN - 14,
      size: 7,
      font: fonts.regular,
    });
  });
  return doc.save();
}
