import type { ErrorEntry } from './error-entry.js';

/** The service catalogue and the eligibility categories of a centre. */
export const SERVICES_ERRORS = {
  'catalogue.code_taken': {
    status: 409,
    uk: 'Послуга з таким кодом уже є в каталозі.',
    en: 'A service with this code is already in the catalogue.',
  },
  'catalogue.mandatory_category': {
    status: 409,
    uk: 'Обов’язкову категорію (інвалідність I групи, висновок ЛКК) не можна вимкнути.',
    en: 'A mandatory category (disability group I, medical commission) cannot be switched off.',
  },
  'catalogue.import_invalid': {
    status: 400,
    uk: 'У файлі є помилки, тому нічого не імпортовано. Виправте позначені рядки й завантажте файл знову.',
    en: 'The file has errors, so nothing was imported. Correct the marked rows and upload it again.',
  },
  'catalogue.import_unreadable': {
    status: 400,
    uk: 'Не вдалося прочитати файл. Збережіть його як XLSX або CSV (UTF-8) із заголовками каталогу.',
    en: 'The file could not be read. Save it as XLSX or CSV (UTF-8) with the catalogue headers.',
  },
} as const satisfies Record<string, ErrorEntry>;
