/** Tabs and other control characters have no glyph in a font; they are printed as spaces. */
function withoutControls(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');
}

/** Splits a word too wide for a line into pieces that fit. */
function splitWord(word: string, widthOf: (s: string) => number, maxWidth: number): string[] {
  const pieces: string[] = [];
  // By code points, so that a letter outside the basic plane is never cut in half.
  let rest = [...word];
  while (rest.length > 1 && widthOf(rest.join('')) > maxWidth) {
    let cut = rest.length - 1;
    while (cut > 1 && widthOf(rest.slice(0, cut).join('')) > maxWidth) cut -= 1;
    pieces.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces where possible and inside a word only
 * when the word alone is too wide. `\n` ends a line.
 */
export function wrapText(text: string, widthOf: (s: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of withoutControls(paragraph).split(' ').filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = splitWord(word, widthOf, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line);
  }
  return lines;
}
