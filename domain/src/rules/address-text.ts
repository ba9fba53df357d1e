import { nameKey } from './name-key.js';

/** The parts of an address people read. */
export interface AddressText {
  readonly localityName?: string | null | undefined;
  readonly street?: string | null | undefined;
  readonly building?: string | null | undefined;
  readonly apartment?: string | null | undefined;
}

/** One line for lists and print: `Кам’янське, вул. Шевченка, 12, кв. 5`. Empty parts are left out. */
export function addressLine(a: AddressText, locale: 'uk' | 'en' = 'uk'): string {
  const apartment = a.apartment ? `${locale === 'uk' ? 'кв.' : 'apt'} ${a.apartment}` : null;
  return [a.localityName, a.street, a.building, apartment].filter((part) => part && part.trim()).join(', ');
}

/** The lower-case text an address is searched by. */
export function addressSearchText(a: AddressText): string {
  return nameKey(addressLine(a));
}
