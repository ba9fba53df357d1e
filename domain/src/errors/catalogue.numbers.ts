import type { ErrorEntry } from './error-entry.js';

/** Logbook numbers and the blocks of them reserved for field devices. */
export const NUMBER_ERRORS = {
  'numbers.not_in_block': {
    status: 409,
    uk: 'Номер {number} не належить до номерів, виданих цьому пристрою.',
    en: 'Number {number} is not one of the numbers given to this device.',
  },
  'numbers.already_used': {
    status: 409,
    uk: 'Номер {number} уже використано для іншої заяви.',
    en: 'Number {number} has already been used for another application.',
  },
  'numbers.exhausted': {
    status: 409,
    uk: 'Номери журналу на цей рік вичерпано.',
    en: 'The logbook numbers of this year are used up.',
  },
} as const satisfies Record<string, ErrorEntry>;
