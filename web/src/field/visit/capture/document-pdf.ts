/** A compressed page ready for the PDF: JPEG bytes and their pixel size. */
export interface PdfPageImage {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The "certified copy" mark: its text (for the file's metadata) and its picture (for the pages). */
export interface Certification {
  readonly lines: readonly string[];
  /** The stamp drawn as a PNG (text in the browser's own fonts, so Cyrillic needs no PDF font). */
  readonly stampPng?: Uint8Array;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 18;
const STAMP_WIDTH = 190;

/**
 * Builds one PDF for one document on the device: one A4 page per captured image, turned to the
 * image's orientation and fitted inside a small margin; a certified copy gets the stamp in the lower
 * right corner of every page and the certification text in the file's subject. pdf-lib is loaded
 * only when the first document is built.
 */
export async function buildDocumentPdf(
  pages: readonly PdfPageImage[],
  options: { title: string; certification?: Certification; createdAt?: Date },
): Promise<Uint8Array> {
  if (pages.length === 0) throw new Error('A document needs at least one page.');
  const { PDFDocument, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setProducer('Valiza');
  pdf.setCreator('Valiza');
  const when = options.createdAt ?? new Date();
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const stamp = options.certification?.stampPng ? await pdf.embedPng(options.certification.stampPng) : null;
  if (options.certification) pdf.setSubject(options.certification.lines.join(' · '));
  for (const image of pages) {
    const jpeg = await pdf.embedJpg(image.bytes);
    const landscape = image.width > image.height;
    const size = landscape ? { width: A4.height, height: A4.width } : A4;
    const page = pdf.addPage([size.width, size.height]);
    const scale = Math.min(
      (size.width - 2 * MARGIN) / image.width,
      (size.height - 2 * MARGIN) / image.height,
    );
    const drawn = { width: image.width * scale, height: image.height * scale };
    page.drawImage(jpeg, {
      x: (size.width - drawn.width) / 2,
      y: (size.height - drawn.height) / 2,
      ...drawn,
    });
    if (stamp) {
      const height = (STAMP_WIDTH * stamp.height) / stamp.width;
      const x = size.width - MARGIN - STAMP_WIDTH;
      const y = MARGIN;
      page.drawRectangle({ x, y, width: STAMP_WIDTH, height, color: rgb(1, 1, 1), opacity: 0.85 });
      page.drawImage(stamp, { x, y, width: STAMP_WIDTH, height });
    }
  }
  return pdf.save({ useObjectStreams: true });
}
