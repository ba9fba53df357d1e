import type { Locale } from '@valiza/domain';
import { initialLocale, storeLocale } from './locale-store';

let current: Locale = initialLocale();

/**
 * The interface language right now. Kept outside React as well, because requests read it for their
 * `Accept-Language` header and may start before any component has rendered.
 */
export function currentLocale(): Locale {
  return current;
}

/** Switches the interface language for this device and remembers it. */
export function changeCurrentLocale(locale: Locale): void {
  current = locale;
  storeLocale(locale);
}
