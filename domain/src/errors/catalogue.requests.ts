import type { ErrorEntry } from './error-entry.js';

/** Visit requests, applicants and the public request page. */
export const REQUESTS_ERRORS = {
  'requests.service_unavailable': {
    status: 400,
    uk: 'Ця послуга недоступна для виїзного обслуговування.',
    en: 'This service is not available for a field visit.',
  },
  'requests.category_not_offered': {
    status: 400,
    uk: 'ЦНАП не обслуговує виїзно цю категорію заявників.',
    en: 'The centre does not offer field visits to this category of applicants.',
  },
  'requests.liability_warning_required': {
    status: 400,
    uk: 'Попередьте заявника про відповідальність за надання неправдивих відомостей і позначте це.',
    en: 'Warn the caller about liability for false information and mark that you did.',
  },
  'requests.personal_data_notice_required': {
    status: 400,
    uk: 'Повідомте заявника про обробку персональних даних і позначте це.',
    en: 'Give the caller the personal-data notice and mark that you did.',
  },
  'requests.caller_identification_required': {
    status: 400,
    uk: 'Для заявки телефоном зазначте, як ідентифіковано особу, що телефонує.',
    en: 'For a phone request, record how the caller was identified.',
  },
  'requests.payment_method_required': {
    status: 400,
    uk: 'Для платної послуги оберіть спосіб оплати.',
    en: 'Choose a payment method for a service with a fee.',
  },
  'requests.unknown_document': {
    status: 400,
    uk: 'Документа немає в переліку цієї послуги. Оновіть сторінку.',
    en: "The document is not on this service's list. Reload the page.",
  },
  'requests.transition_not_allowed': {
    status: 409,
    uk: 'Цю дію не можна виконати із заявкою в її теперішньому стані.',
    en: 'This cannot be done with the request in its current state.',
  },
  'requests.incomplete': {
    status: 409,
    uk: 'Заявці бракує даних, потрібних для візиту. Доповніть позначене.',
    en: 'The request lacks data the visit needs. Complete what is marked.',
  },
  'requests.closed': {
    status: 409,
    uk: 'Заявку закрито, її вже не можна змінити.',
    en: 'The request is closed and can no longer be changed.',
  },
  'applicants.merge_invalid': {
    status: 400,
    uk: 'Об’єднати можна лише різні записи, які ще не було об’єднано.',
    en: 'Only different records that have not been merged yet can be merged.',
  },
  'applicants.merged': {
    status: 409,
    uk: 'Цей запис об’єднано з іншим. Відкрийте той, що залишився.',
    en: 'This record was merged into another. Open the one that was kept.',
  },
} as const satisfies Record<string, ErrorEntry>;
