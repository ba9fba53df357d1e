/**
 * From what the OCR engine read off a picture to the three lines of a TD1 MRZ (ICAO 9303: three lines
 * of 30). OCR of the MRZ makes a few kinds of mistakes, which are undone here by where each character
 * stands — a digit field never holds a letter, a name never holds a digit — and by the fillers (`<`),
 * whose long runs it tends to read one too many or too few. Nothing here decides that the MRZ is
 * right: the check digits (the `mrz` package, through the domain) do, and the administrator confirms.
 */

const LINE = 30;

/** Letters the OCR reads in place of a digit, and the digit meant. */
const AS_DIGIT: Record<string, string> = {
  O: '0',
  Q: '0',
  D: '0',
  U: '0',
  I: '1',
  L: '1',
  T: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
  A: '4',
};

/** Digits the OCR reads in place of a letter, and the letter meant. */
const AS_LETTER: Record<string, string> = {
  '0': 'O',
  '1': 'I',
  '2': 'Z',
  '4': 'A',
  '5': 'S',
  '6': 'G',
  '7': 'T',
  '8': 'B',
};

/**
 * What may stand at each position of the three lines: D a digit, A a letter, a letter or filler
 * (`a`), `<` a filler, X anything (the sex, which no check digit covers, is left as read). Ukrainian ID cards are stricter than
 * ICAO's letter: line 1 holds the 9-digit document number and the 13-digit UNZR, and line 2's
 * optional data is empty.
 */
const LAYOUT = [
  'Aa' + 'AAA' + 'DDDDDDDDD' + 'D' + 'DDDDDDDDDDDDD' + '<<',
  'DDDDDD' + 'D' + 'X' + 'DDDDDD' + 'D' + 'AAA' + '<<<<<<<<<<<' + 'D',
  'a'.repeat(LINE),
] as const;

/**
 * Letters that Ukrainian transliteration (Cabinet of Ministers resolution 55 of 2010) never writes,
 * which the OCR reads for a round letter: the names of an ID card never hold them.
 */
const NOT_IN_NAMES: Record<string, string> = { Q: 'O' };

function fixCharacter(char: string, kind: string, line: number): string {
  switch (kind) {
    case 'D':
      return AS_DIGIT[char] ?? char;
    case 'A':
      return AS_LETTER[char] ?? char;
    case 'a':
      return AS_LETTER[char] ?? (line === 2 ? (NOT_IN_NAMES[char] ?? char) : char);
    case '<':
      return '<';
    default:
      return char;
  }
}

/** A line cleaned to the MRZ alphabet: upper case, `«` for `<<`, no spaces or other marks. */
export function mrzAlphabet(line: string): string {
  return line
    .toUpperCase()
    .replace(/«/g, '<<')
    .replace(/[‹]/g, '<')
    .replace(/[^A-Z0-9<]/g, '');
}

/** Pads or trims the filler run that starts at `from` so the line is 30 long, keeping its last `keepEnd` characters. */
function fitFiller(line: string, from: number, keepEnd: number): string {
  if (line.length === LINE) return line;
  const head = line.slice(0, from);
  const tail = keepEnd > 0 ? line.slice(-keepEnd) : '';
  const middle = line.slice(from, line.length - keepEnd);
  const room = LINE - head.length - tail.length;
  if (room < 0) return line.slice(0, LINE);
  const fitted =
    middle.length > room
      ? middle.replace(/<+$/, '').slice(0, room).padEnd(room, '<')
      : middle.padEnd(room, '<');
  return head + fitted + tail;
}

/**
 * Fixes the length of each line where a run of fillers was misread: line 1's after the UNZR, line 2's
 * optional data before the final check digit, line 3's after the names.
 */
function fitLength(lines: readonly string[]): string[] {
  const [first = '', second = '', third = ''] = lines;
  return [
    fitFiller(first, Math.min(first.length, 28), 0),
    fitFiller(second, Math.min(Math.max(second.length - 1, 0), 18), second.length > 18 ? 1 : 0),
    third.slice(0, LINE).padEnd(LINE, '<'),
  ];
}

/** Undoes the OCR's usual confusions by the position of each character (see LAYOUT). */
export function fixByPosition(lines: readonly string[]): string[] {
  return lines.map((line, index) =>
    [...line].map((char, position) => fixCharacter(char, LAYOUT[index]?.[position] ?? 'X', index)).join(''),
  );
}

/** Whether a line could be an MRZ line: its length near 30. */
function looksLikeMrz(line: string): boolean {
  return line.length >= 24 && line.length <= 36;
}

/**
 * The three MRZ lines in the OCR's text, made as right as position and length allow, or null when the
 * text has no three lines that could be an MRZ. The last such lines are taken (the MRZ is at the bottom).
 */
export function mrzFromOcrText(text: string): [string, string, string] | null {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(mrzAlphabet)
    .filter(looksLikeMrz);
  if (lines.length < 3) return null;
  // Prefer the three lines that start like a TD1 (an `I` document), else the last three.
  let start = lines.length - 3;
  for (let i = lines.length - 3; i >= 0; i -= 1) {
    if (/^[I1][A-Z<0-9]/.test(lines[i]!)) {
      start = i;
      break;
    }
  }
  const fixed = fixByPosition(fitLength(lines.slice(start, start + 3)));
  return [fixed[0]!, fixed[1]!, fixed[2]!];
}
