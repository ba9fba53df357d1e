/**
 * The Ukrainian plural form for a count: `one` for 1, 21, 31… (not 11), `few` for 2–4, 22–24… (not
 * 12–14), `many` for the rest — «1 день», «3 дні», «11 днів», «25 днів».
 */
export function ukrainianPlural(count: number, one: string, few: string, many: string): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
