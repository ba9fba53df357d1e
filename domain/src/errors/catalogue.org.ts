import type { ErrorEntry } from './error-entry.js';

/** Regions, communities, centres, staff, kits and outreach points. */
export const ORG_ERRORS = {
  'org.login_taken': {
    status: 409,
    uk: 'Такий логін уже використовується.',
    en: 'This login is already in use.',
  },
  'org.code_taken': {
    status: 409,
    uk: 'Такий код уже використовується.',
    en: 'This code is already in use.',
  },
  'org.slug_taken': {
    status: 409,
    uk: 'Така адреса вже використовується іншим ЦНАП.',
    en: 'This address is already used by another centre.',
  },
  'org.name_taken': {
    status: 409,
    uk: 'Запис із такою назвою вже існує.',
    en: 'A record with this name already exists.',
  },
  'org.last_head': {
    status: 409,
    uk: 'У ЦНАП має залишитися щонайменше один активний керівник.',
    en: 'A centre must keep at least one active head.',
  },
  'org.self_deactivation': {
    status: 409,
    uk: 'Не можна деактивувати власний обліковий запис.',
    en: 'You cannot deactivate your own account.',
  },
} as const satisfies Record<string, ErrorEntry>;
