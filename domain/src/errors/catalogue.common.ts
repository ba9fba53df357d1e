import type { ErrorEntry } from './error-entry.js';

/** Errors every part of the API can answer with. */
export const COMMON_ERRORS = {
  'validation.failed': {
    status: 400,
    uk: 'Дані заповнено неправильно. Перевірте позначені поля.',
    en: 'Some data is not valid. Check the marked fields.',
  },
  'validation.malformed': {
    status: 400,
    uk: 'Запит має неправильний формат.',
    en: 'The request is malformed.',
  },
  'validation.unsupported_media': {
    status: 415,
    uk: 'Такий тип даних не підтримується.',
    en: 'This content type is not supported.',
  },
  'validation.too_large': {
    status: 413,
    uk: 'Запит завеликий.',
    en: 'The request is too large.',
  },
  not_found: {
    status: 404,
    uk: 'Не знайдено.',
    en: 'Not found.',
  },
  forbidden: {
    status: 403,
    uk: 'У вас немає прав на цю дію.',
    en: 'You are not allowed to do this.',
  },
  rate_limited: {
    status: 429,
    uk: 'Забагато запитів. Спробуйте трохи пізніше.',
    en: 'Too many requests. Please try again a little later.',
  },
  conflict: {
    status: 409,
    uk: 'Дані змінилися з часу, коли ви їх відкрили. Оновіть сторінку.',
    en: 'The data changed since you opened it. Reload the page.',
  },
  'database.unavailable': {
    status: 503,
    uk: 'База даних тимчасово недоступна.',
    en: 'The database is temporarily unavailable.',
  },
  internal: {
    status: 500,
    uk: 'Сталася внутрішня помилка. Її записано; спробуйте ще раз.',
    en: 'An internal error occurred. It has been logged; please try again.',
  },
} as const satisfies Record<string, ErrorEntry>;
