/**
 * Latin and Cyrillic capitals that look the same. People type a passport series in the wrong
 * keyboard layout, or an MRZ in the Ukrainian one, without seeing any difference on the screen.
 */
const PAIRS = [
  ['A', 'А'],
  ['B', 'В'],
  ['C', 'С'],
  ['E', 'Е'],
  ['H', 'Н'],
  ['I', 'І'],
  ['K', 'К'],
  ['M', 'М'],
  ['O', 'О'],
  ['P', 'Р'],
  ['T', 'Т'],
  ['X', 'Х'],
] as const;

const TO_CYRILLIC: ReadonlyMap<string, string> = new Map(PAIRS);
const TO_LATIN: ReadonlyMap<string, string> = new Map(PAIRS.map(([latin, cyrillic]) => [cyrillic, latin]));

/** Replaces Latin capitals that look like Cyrillic ones with the Cyrillic letters. */
export function latinLookalikesToCyrillic(text: string): string {
  return Array.from(text, (ch) => TO_CYRILLIC.get(ch) ?? ch).join('');
}

/** Replaces Cyrillic capitals that look like Latin ones with the Latin letters. */
export function cyrillicLookalikesToLatin(text: string): string {
  return Array.from(text, (ch) => TO_LATIN.get(ch) ?? ch).join('');
}
