import { DEFAULT_LOCALE, isLocale, type Locale } from '@valiza/domain';

const STORAGE_KEY = 'valiza.locale';

/** The language chosen on this device, or null when the person never chose one here. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be refused (private mode, policies); the interface then simply starts in Ukrainian.
    return null;
  }
}

/** Remembers the language on this device. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See storedLocale: without storage the choice lasts until the page is closed.
  }
}

/** The language the interface starts in: the device's choice, else Ukrainian. */
export function initialLocale(): Locale {
  return storedLocale() ?? DEFAULT_LOCALE;
}
