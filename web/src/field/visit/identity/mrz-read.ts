import { mrzCandidates, type GrayImage } from './mrz-image';
import { mrzFromOcrText } from './mrz-ocr-text';
import type { MrzOcr } from './ocr-engine';

/** What the OCR made of a picture: the three lines (or null), and whether every check agreed. */
export interface MrzReading {
  readonly text: string | null;
  readonly valid: boolean;
}

/**
 * Reads the MRZ of an ID card's back from a grey picture: the bottom band (binarised, then grey),
 * then the whole picture, stopping at the first reading that passes every check of the domain's MRZ rules. When
 * none does, the first reading is answered as it is, for the administrator to correct — a failed
 * check is never made to pass here.
 */
export async function readMrzPicture(ocr: MrzOcr, image: GrayImage, today?: string): Promise<MrzReading> {
  const { parseIdCardMrz } = await import('@valiza/domain/mrz');
  let first: string | null = null;
  for (const picture of mrzCandidates(image)) {
    const lines = mrzFromOcrText(await ocr.read(picture.file, picture.layout));
    if (!lines) continue;
    const text = lines.join('\n');
    if (parseIdCardMrz(text, today).valid) return { text, valid: true };
    first ??= text;
  }
  return { text: first, valid: false };
}
