import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: Promise<FontBytes> | null = null;

/**
 * DejaVu Sans, regular and bold, from the `dejavu-fonts-ttf` package: TrueType fonts with every
 * Ukrainian letter (the standard PDF fonts have no Cyrillic). Read once per process.
 */
export function loadFonts(): Promise<FontBytes> {
  cached ??= (async () => {
    const [regular, bold] = await Promise.all([
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })();
  return cached;
}
