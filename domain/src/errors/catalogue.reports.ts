import type { ErrorEntry } from './error-entry.js';

/** Reports, their publication and the public indicators page. */
export const REPORTS_ERRORS = {
  'reports.period_required': {
    status: 400,
    uk: 'Оберіть період звіту: місяць, квартал, рік або дати «з» і «по».',
    en: 'Choose the period of the report: a month, a quarter, a year, or the dates "from" and "to".',
  },
  'reports.period_reversed': {
    status: 400,
    uk: 'Період закінчується раніше, ніж починається: дата «по» має бути не раніше дати «з».',
    en: 'The period ends before it starts: the "to" date must not be earlier than the "from" date.',
  },
  'reports.period_too_long': {
    status: 400,
    uk: 'Період звіту не може бути довшим за {years} роки.',
    en: 'A report period cannot be longer than {years} years.',
  },
  'reports.quarter_only': {
    status: 400,
    uk: 'Оприлюднити можна лише звіт за квартал.',
    en: 'Only a quarterly report can be published.',
  },
  'reports.period_not_over': {
    status: 409,
    uk: 'Квартал ще не закінчився: оприлюднити звіт можна після його завершення.',
    en: 'The quarter is not over yet: its report can be published once it has ended.',
  },
  'reports.centre_unknown': {
    status: 404,
    uk: 'ЦНАП із такою адресою не знайдено. Перевірте посилання.',
    en: 'There is no centre at this address. Check the link.',
  },
} as const satisfies Record<string, ErrorEntry>;
