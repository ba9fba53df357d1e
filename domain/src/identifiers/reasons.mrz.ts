import type { Localised } from '../i18n/locale.js';

/** Reasons for refusing an ID card MRZ, each saying where in the three lines to look. */
export const MRZ_REASONS = {
  'mrz.format': {
    uk: 'MRZ ID-картки — це 3 рядки по 30 символів: латинські літери, цифри та «<».',
    en: 'An ID card MRZ is 3 lines of 30 characters: Latin letters, digits and “<”.',
  },
  'mrz.line_length': {
    uk: 'Кожен рядок MRZ має містити рівно 30 символів. Перевірте, чи не пропущено або не додано «<».',
    en: 'Each MRZ line must have exactly 30 characters. Check for a missing or extra “<”.',
  },
  'mrz.characters': {
    uk: 'MRZ може містити лише латинські літери, цифри та «<».',
    en: 'An MRZ may contain only Latin letters, digits and “<”.',
  },
  'mrz.document_type': {
    uk: 'Це не MRZ ID-картки: перший рядок має починатися з «ID».',
    en: 'This is not an ID card MRZ: the first line must start with “ID”.',
  },
  'mrz.not_ukrainian': {
    uk: 'Документ видано не в Україні: у першому рядку після «ID» має стояти «UKR».',
    en: 'The document was not issued by Ukraine: “UKR” must follow “ID” in the first line.',
  },
  'mrz.document_number': {
    uk: 'Номер документа в MRZ (рядок 1, символи 6–14) має складатися з 9 цифр.',
    en: 'The document number in the MRZ (line 1, characters 6–14) must be 9 digits.',
  },
  'mrz.document_number_check': {
    uk: 'Номер документа (рядок 1) не збігається з контрольною цифрою після нього. Перевірте номер.',
    en: 'The document number (line 1) does not match the check digit after it. Check the number.',
  },
  'mrz.unzr': {
    uk: 'УНЗР у першому рядку MRZ (символи 16–28) записано з помилкою.',
    en: 'The UNZR in the first MRZ line (characters 16–28) is wrong.',
  },
  'mrz.unzr_birth_date': {
    uk: 'Дата народження в УНЗР не збігається з датою народження в другому рядку MRZ.',
    en: 'The birth date inside the UNZR differs from the birth date in the second MRZ line.',
  },
  'mrz.birth_date': {
    uk: 'Дата народження в MRZ (рядок 2, символи 1–6, РРММДД) неправильна.',
    en: 'The birth date in the MRZ (line 2, characters 1–6, YYMMDD) is not valid.',
  },
  'mrz.birth_date_check': {
    uk: 'Дата народження (рядок 2) не збігається з контрольною цифрою після неї. Перевірте дату.',
    en: 'The birth date (line 2) does not match the check digit after it. Check the date.',
  },
  'mrz.sex': {
    uk: 'Стать у MRZ (рядок 2, символ 8) має бути M, F або «<».',
    en: 'The sex in the MRZ (line 2, character 8) must be M, F or “<”.',
  },
  'mrz.expiry_date': {
    uk: 'Дата закінчення строку дії в MRZ (рядок 2, символи 9–14, РРММДД) неправильна.',
    en: 'The expiry date in the MRZ (line 2, characters 9–14, YYMMDD) is not valid.',
  },
  'mrz.expiry_date_check': {
    uk: 'Дата закінчення строку дії (рядок 2) не збігається з контрольною цифрою після неї. Перевірте дату.',
    en: 'The expiry date (line 2) does not match the check digit after it. Check the date.',
  },
  'mrz.nationality': {
    uk: 'Громадянство в MRZ (рядок 2, символи 16–18) записано неправильно.',
    en: 'The nationality in the MRZ (line 2, characters 16–18) is not valid.',
  },
  'mrz.composite_check': {
    uk: 'Остання контрольна цифра рядка 2 не збігається: десь у рядках 1–2 є помилка.',
    en: 'The final check digit of line 2 does not match: there is a mistake somewhere in lines 1–2.',
  },
  'mrz.names': {
    uk: 'Прізвище та ім’я (рядок 3) мають бути латинськими літерами, розділеними «<<».',
    en: 'The surname and given names (line 3) must be Latin letters separated by “<<”.',
  },
} as const satisfies Record<string, Localised>;
