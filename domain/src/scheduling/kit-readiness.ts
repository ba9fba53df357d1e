/**
 * What is checked before a kit leaves the centre (the kit's keeper's duties: charged, mobile
 * Internet paid in advance, paper and cartridge, scanner batteries, camera).
 */
export const KIT_CHECK_ITEMS = [
  'charged',
  'internet_balance',
  'paper',
  'cartridge',
  'scanner_batteries',
  'camera',
] as const;
export type KitCheckItem = (typeof KIT_CHECK_ITEMS)[number];

/** The state of each item: done or not. */
export type KitChecklist = Readonly<Record<KitCheckItem, boolean>>;

/** A kit is ready when every item is done; readiness is never set by hand. */
export function isKitReady(items: KitChecklist): boolean {
  return KIT_CHECK_ITEMS.every((item) => items[item]);
}

/** The items still to do, in checklist order. */
export function missingKitItems(items: KitChecklist): KitCheckItem[] {
  return KIT_CHECK_ITEMS.filter((item) => !items[item]);
}
