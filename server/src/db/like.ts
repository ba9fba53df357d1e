/** Escapes `%`, `_` and `\` so that typed text is matched literally inside a LIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
