import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF as `pdftotext` (Debian's poppler-utils) reads it, layout kept, so that tests
 * check what a person would see on the page.
 */
export function pdfText(bytes: Uint8Array | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'valiza-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
