import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { loadFonts } from './fonts.js';
import { wrapText } from './wrap-text.js';

/** A4 in PDF points (1/72 inch). */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;

interface TextOptions {
  size?: number;
  bold?: boolean;
  grey?: boolean;
  indent?: number;
  /** Space left after the text, in points. */
  after?: number;
}

/**
 * A small flowing layout on A4 pages for the documents Valiza prints (request summaries, day plans,
 * logbooks, receipts): text in DejaVu Sans, wrapped to the page width, new pages as needed. Text is
 * drawn as given — markup in people's data is printed literally, never interpreted.
 */
export class PdfLayout {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly colours: { black: RGB; grey: RGB },
  ) {
    this.newPage();
  }

  /** A new document with its title and language in the metadata. */
  static async create(meta: { title: string; language: string }): Promise<PdfLayout> {
    // pdf-lib and fontkit are loaded on first use: they are large, and most starts print nothing.
    const [{ PDFDocument, rgb }, { default: fontkit }] = await Promise.all([
      import('pdf-lib'),
      import('@pdf-lib/fontkit'),
    ]);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const fonts = await loadFonts();
    const [regular, bold] = await Promise.all([
      doc.embedFont(fonts.regular, { subset: true }),
      doc.embedFont(fonts.bold, { subset: true }),
    ]);
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.language);
    doc.setProducer('Valiza');
    doc.setCreator('Valiza');
    return new PdfLayout(doc, regular, bold, { black: rgb(0, 0, 0), grey: rgb(0.35, 0.35, 0.35) });
  }

  /** The width text can take on a line, in points. */
  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Text wrapped to the page width; `\n` starts a new line. */
  text(text: string, options: TextOptions = {}): this {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.35;
    for (const line of wrapText(text, (s) => font.widthOfTextAtSize(s, size), this.width - indent)) {
      if (this.y - lineHeight < MARGIN) this.newPage();
      this.y -= lineHeight;
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y + (lineHeight - size) / 2,
        size,
        font,
        color: options.grey ? this.colours.grey : this.colours.black,
      });
    }
    this.y -= options.after ?? 2;
    return this;
  }

  /** A heading in bold, kept on the same page as at least the next two lines. */
  heading(text: string, size = 13): this {
    if (this.y - size * 4 < MARGIN) this.newPage();
    this.y -= size * 0.6;
    return this.text(text, { size, bold: true, after: 4 });
  }

  /** A label in grey followed by its value. */
  field(label: string, value: string | null | undefined): this {
    if (!value) return this;
    this.text(label, { size: 9, grey: true, after: 0 });
    return this.text(value, { after: 5 });
  }

  /** Items each on its own line after a bullet, wrapped under the text. */
  list(items: readonly string[], options: { size?: number } = {}): this {
    for (const item of items) this.text(`•  ${item}`, { size: options.size ?? 11, indent: 10, after: 1 });
    return this.space(4);
  }

  space(points: number): this {
    this.y -= points;
    return this;
  }

  /** The finished PDF. */
  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
