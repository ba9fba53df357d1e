/**
 * A Ukrainian IBAN: `UA`, two check digits, the bank's 6-digit code, and a 19-character account —
 * 29 characters in all. The check digits satisfy ISO 13616: moving the first four characters to the
 * end and reading letters as 10–35 gives a number that leaves 1 when divided by 97.
 */
const UA_IBAN = /^UA\d{2}\d{6}[0-9A-Z]{19}$/;

/** An IBAN as people paste it, without spaces and in capitals. */
export function compactIban(text: string): string {
  return text.replace(/[\s\u00a0]/g, '').toUpperCase();
}

/** Whether the text (spaces allowed) is a Ukrainian IBAN with correct check digits. */
export function isUkrainianIban(text: string): boolean {
  const iban = compactIban(text);
  if (!UA_IBAN.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
