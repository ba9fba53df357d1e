import type { Localised } from '../i18n/locale.js';

/** Reasons for refusing a phone number, UNZR, taxpayer number, passport or ID card number, birth date. */
export const PEOPLE_REASONS = {
  'phone.empty': { uk: 'Вкажіть номер телефону.', en: 'Enter a phone number.' },
  'phone.characters': {
    uk: 'Номер телефону може містити лише цифри, пробіли, дефіси, дужки та «+» на початку.',
    en: 'A phone number may contain only digits, spaces, dashes, brackets and a leading “+”.',
  },
  'phone.length': {
    uk: 'Номер телефону має містити 10 цифр, наприклад 067 123 45 67.',
    en: 'A phone number must have 10 digits, for example 067 123 45 67.',
  },
  'phone.country': {
    uk: 'Приймаються лише українські номери (+380).',
    en: 'Only Ukrainian numbers (+380) are accepted.',
  },
  'phone.not_mobile': {
    uk: 'Для SMS потрібен номер мобільного телефону, наприклад 067 123 45 67.',
    en: 'Text messages need a mobile number, for example 067 123 45 67.',
  },
  'unzr.format': {
    uk: 'УНЗР має вигляд РРРРММДД-ННННК: 8 цифр дати народження, дефіс і 5 цифр, наприклад 20000101-00019.',
    en: 'A UNZR looks like YYYYMMDD-NNNNC: 8 digits of the birth date, a hyphen and 5 digits, e.g. 20000101-00019.',
  },
  'unzr.date': {
    uk: 'Перші 8 цифр УНЗР мають бути датою народження (РРРРММДД), не пізніше сьогодні й не раніше 1900 року.',
    en: 'The first 8 digits of a UNZR must be the birth date (YYYYMMDD), not after today and not before 1900.',
  },
  'unzr.check_digit': {
    uk: 'У записі УНЗР помилка: остання (контрольна) цифра не збігається. Перевірте кожну цифру.',
    en: 'The UNZR has a typo: its last (check) digit does not match. Check every digit.',
  },
  'rnokpp.format': {
    uk: 'РНОКПП (ідентифікаційний код) має містити 10 цифр.',
    en: 'A taxpayer number (RNOKPP) must have 10 digits.',
  },
  'rnokpp.check_digit': {
    uk: 'У записі РНОКПП помилка: остання (контрольна) цифра не збігається. Перевірте кожну цифру.',
    en: 'The taxpayer number has a typo: its last (check) digit does not match. Check every digit.',
  },
  'rnokpp.birth_date': {
    uk: 'Перші 5 цифр РНОКПП не дають можливої дати народження. Перевірте номер.',
    en: 'The first 5 digits of the taxpayer number do not give a possible birth date. Check the number.',
  },
  'passport.format': {
    uk: 'Серія і номер паспорта — дві українські літери та 6 цифр, наприклад МЕ123456.',
    en: 'A passport book series and number is two Ukrainian letters and 6 digits, e.g. МЕ123456.',
  },
  'id_card.format': {
    uk: 'Номер ID-картки має містити 9 цифр.',
    en: 'An ID card number must have 9 digits.',
  },
  'birth_date.format': {
    uk: 'Вкажіть дату народження у форматі ДД.ММ.РРРР.',
    en: 'Enter the birth date as DD.MM.YYYY.',
  },
  'birth_date.not_a_date': { uk: 'Такої дати не існує.', en: 'This date does not exist.' },
  'birth_date.future': {
    uk: 'Дата народження не може бути в майбутньому.',
    en: 'The birth date cannot be in the future.',
  },
  'birth_date.too_early': {
    uk: 'Дата народження не може бути раніше 01.01.1900.',
    en: 'The birth date cannot be before 01.01.1900.',
  },
} as const satisfies Record<string, Localised>;
