import { cyrillicLookalikesToLatin } from './lookalikes.js';
import type { IdentifierReason } from './reasons.js';

/** Why the text of an MRZ could not be read as three lines of 30 characters. */
export type MrzTextReason = Extract<IdentifierReason, 'mrz.format' | 'mrz.line_length' | 'mrz.characters'>;

const LINE = 30;

/**
 * The three lines of a TD1 MRZ from typed or pasted text. Tolerated: whitespace around and inside
 * lines, lower case, `«` or `‹` typed for `<`, CRLF or LF line breaks, all 90 characters on one
 * line, and Cyrillic letters that look like Latin ones (typed in the Ukrainian keyboard layout).
 */
export function readMrzLines(
  text: string,
): { ok: true; lines: [string, string, string] } | { ok: false; reason: MrzTextReason } {
  const cleaned = cyrillicLookalikesToLatin(text.toUpperCase().replace(/[«‹]/g, '<'));
  const lines = cleaned
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ''))
    .filter((line) => line !== '');
  if (lines.length === 1 && lines[0]!.length === 3 * LINE) {
    const single = lines[0]!;
    lines.splice(0, 1, single.slice(0, LINE), single.slice(LINE, 2 * LINE), single.slice(2 * LINE));
  }
  const [first, second, third] = lines;
  if (lines.length !== 3 || first === undefined || second === undefined || third === undefined) {
    return { ok: false, reason: 'mrz.format' };
  }
  if (!lines.every((line) => /^[A-Z0-9<]+$/.test(line))) return { ok: false, reason: 'mrz.characters' };
  if (!lines.every((line) => line.length === LINE)) return { ok: false, reason: 'mrz.line_length' };
  return { ok: true, lines: [first, second, third] };
}
