/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and some also after a tab or
 * a carriage return) as a formula. Text from people is exported with a leading apostrophe in front of
 * such a character, so it is shown as typed and never run; the import takes the apostrophe off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
