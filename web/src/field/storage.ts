/**
 * Asks the browser to keep the field data even under storage pressure (without it, the outbox could
 * be evicted with everything else of the site). Chromium grants it to installed apps and to sites the
 * person uses often; the status panel shows the answer.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
export type ByteUnit = (typeof UNITS)[number];

/** A byte count for people, e.g. `12,3 МБ`; `unitName` gives the unit's name in the interface language. */
export function formatBytes(
  bytes: number,
  locale: 'uk' | 'en',
  unitName: (unit: ByteUnit) => string,
): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = value.toLocaleString(locale === 'uk' ? 'uk-UA' : 'en-GB', { maximumFractionDigits: digits });
  return `${number} ${unitName(UNITS[unit] ?? 'B')}`;
}
