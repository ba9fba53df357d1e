import type { Locale } from '../i18n/locale.js';

/**
 * An amount in kopiyky as people read it: `1 234,50 грн` in Ukrainian (a no-break space between
 * thousands, a comma before kopiyky), `UAH 1,234.50` in English. Integer arithmetic only.
 */
export function formatHryvnias(kopiyky: number, locale: Locale = 'uk'): string {
  if (!Number.isSafeInteger(kopiyky)) throw new RangeError(`Not an amount in kopiyky: ${kopiyky}`);
  const sign = kopiyky < 0 ? '-' : '';
  const abs = Math.abs(kopiyky);
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'uk' ? '\u00a0' : ',');
  return locale === 'uk' ? `${sign}${grouped},${cents}\u00a0грн` : `${sign}UAH ${grouped}.${cents}`;
}
