import { createWorker, OEM, PSM, type WorkerOptions } from 'tesseract.js';

/** The characters an MRZ may hold; the OCR engine is told to read nothing else. */
export const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/** How a picture is laid out: one block of text (the MRZ band), or a page to find the text in. */
export type OcrLayout = 'block' | 'page';

/** Reads the text of pictures (binary PGM files); `close` frees the engine (it holds ~100 MB). */
export interface MrzOcr {
  read(picture: Uint8Array, layout: OcrLayout): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts Tesseract (LSTM only, English model) for MRZ reading: no dictionaries (an MRZ has no words),
 * only MRZ characters. `options` says where the worker, the core and the model are: in the browser
 * our own origin (see ocr-assets.ts), in Node the installed packages.
 */
export async function startMrzOcr(options: Partial<WorkerOptions>): Promise<MrzOcr> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, options, {
    load_system_dawg: '0',
    load_freq_dawg: '0',
  });
  await worker.setParameters({ tessedit_char_whitelist: MRZ_CHARACTERS });
  return {
    async read(picture, layout) {
      await worker.setParameters({
        tessedit_pageseg_mode: layout === 'block' ? PSM.SINGLE_BLOCK : PSM.AUTO,
      });
      // rotateAuto: Tesseract straightens a card photographed a few degrees askew.
      const { data } = await worker.recognize(picture as unknown as Buffer, { rotateAuto: true });
      return data.text;
    },
    async close() {
      await worker.terminate();
    },
  };
}
