import type { Localised } from '../i18n/locale.js';
import {
  addDays,
  civilDateFromParts,
  civilDateParts,
  compareDates,
  type IsoDate,
} from '../time/civil-date.js';
import { orthodoxEaster } from './easter.js';

/** Stable names of Ukraine's public holidays (Labour Code, art. 73). */
export type HolidayKey =
  | 'new_year'
  | 'womens_day'
  | 'labour_day'
  | 'remembrance_victory_day'
  | 'constitution_day'
  | 'statehood_day'
  | 'independence_day'
  | 'defenders_day'
  | 'christmas'
  | 'easter'
  | 'trinity';

/** One public holiday on its date in a given year. */
export interface PublicHoliday {
  readonly key: HolidayKey;
  readonly date: IsoDate;
  readonly name: Localised;
}

interface HolidayRule {
  readonly key: HolidayKey;
  readonly name: Localised;
  readonly on: { readonly month: number; readonly day: number } | { readonly daysAfterEaster: number };
}

/**
 * The list of Labour Code art. 73 as amended in 2023 (9 May became 8 May, Defenders Day moved to
 * 1 October, Statehood Day to 15 July, Christmas is 25 December only). It is applied to every year:
 * Valiza computes due dates from now on, not the holidays of years before that amendment.
 */
const HOLIDAY_RULES: readonly HolidayRule[] = [
  { key: 'new_year', on: { month: 1, day: 1 }, name: { uk: 'Новий рік', en: 'New Year' } },
  {
    key: 'womens_day',
    on: { month: 3, day: 8 },
    name: { uk: 'Міжнародний жіночий день', en: 'International Women’s Day' },
  },
  { key: 'labour_day', on: { month: 5, day: 1 }, name: { uk: 'День праці', en: 'Labour Day' } },
  {
    key: 'remembrance_victory_day',
    on: { month: 5, day: 8 },
    name: {
      uk: 'День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років',
      en: 'Day of Remembrance and Victory over Nazism in World War II 1939–1945',
    },
  },
  {
    key: 'constitution_day',
    on: { month: 6, day: 28 },
    name: { uk: 'День Конституції України', en: 'Constitution Day of Ukraine' },
  },
  {
    key: 'statehood_day',
    on: { month: 7, day: 15 },
    name: { uk: 'День Української Державності', en: 'Ukrainian Statehood Day' },
  },
  {
    key: 'independence_day',
    on: { month: 8, day: 24 },
    name: { uk: 'День Незалежності України', en: 'Independence Day of Ukraine' },
  },
  {
    key: 'defenders_day',
    on: { month: 10, day: 1 },
    name: { uk: 'День захисників і захисниць України', en: 'Day of Defenders of Ukraine' },
  },
  { key: 'christmas', on: { month: 12, day: 25 }, name: { uk: 'Різдво Христове', en: 'Christmas Day' } },
  { key: 'easter', on: { daysAfterEaster: 0 }, name: { uk: 'Великдень (Пасха)', en: 'Easter' } },
  { key: 'trinity', on: { daysAfterEaster: 49 }, name: { uk: 'Трійця', en: 'Trinity (Pentecost)' } },
];

for (const rule of HOLIDAY_RULES) Object.freeze(rule.name);

const byYear = new Map<number, readonly PublicHoliday[]>();

/** Every public holiday of a year, in date order (Easter may share a date with 1 or 8 May). */
export function publicHolidaysOf(year: number): readonly PublicHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = orthodoxEaster(year);
  const holidays = HOLIDAY_RULES.map((rule): PublicHoliday => {
    const date =
      'daysAfterEaster' in rule.on
        ? addDays(easter, rule.on.daysAfterEaster)
        : civilDateFromParts(year, rule.on.month, rule.on.day);
    if (!date) throw new RangeError(`No date for ${rule.key} in ${year}`);
    return Object.freeze({ key: rule.key, date, name: rule.name });
  }).sort((a, b) => compareDates(a.date, b.date));
  const frozen = Object.freeze(holidays);
  byYear.set(year, frozen);
  return frozen;
}

/** The public holidays that fall on a date (usually none, at most two). */
export function publicHolidaysOn(date: IsoDate): readonly PublicHoliday[] {
  return publicHolidaysOf(civilDateParts(date).year).filter((holiday) => holiday.date === date);
}
