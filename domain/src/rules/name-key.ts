/**
 * Search keys for people's names and addresses: lower case, one kind of apostrophe, single spaces,
 * and no punctuation, so that «Кам’янське», «Кам'янське» and «кам`янське» find each other.
 */
const APOSTROPHES = /[’'`ʼ‘]/g;
const PUNCTUATION = /[.,;:!?"«»()№#/\\]+/g;

/** The search key of a full name. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(APOSTROPHES, "'").replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}

/** Words people prefix to street names; left out so that «вул. Шевченка» and «Шевченка» match. */
const STREET_WORDS = new Set([
  'вул',
  'вулиця',
  'пр',
  'просп',
  'проспект',
  'пров',
  'провулок',
  'бул',
  'бульвар',
  'пл',
  'площа',
  'ст',
  'str',
  'street',
]);

/** The parts of an address that say which door it is. */
export interface AddressParts {
  readonly localityId?: string | null | undefined;
  readonly localityName?: string | null | undefined;
  readonly street?: string | null | undefined;
  readonly building?: string | null | undefined;
  readonly apartment?: string | null | undefined;
}

/**
 * A key that is equal for two writings of the same door (locality, street, building, apartment), or
 * null when the address has no street and no building. Earlier incidents are found by it.
 */
export function addressKey(address: AddressParts): string | null {
  const street = nameKey(address.street ?? '')
    .split(' ')
    .filter((word) => word && !STREET_WORDS.has(word))
    .join(' ');
  const building = nameKey(address.building ?? '').replace(/\s+/g, '');
  if (!street && !building) return null;
  const locality = address.localityId ?? nameKey(address.localityName ?? '');
  const apartment = nameKey(address.apartment ?? '').replace(/\s+/g, '');
  return [locality, street, building, apartment].join('|');
}
