import type { ErrorEntry } from './error-entry.js';

/** Sign-in, sessions and the first-run setup. */
export const AUTH_ERRORS = {
  'auth.required': {
    status: 401,
    uk: 'Увійдіть, щоб продовжити.',
    en: 'Please sign in to continue.',
  },
  'auth.invalid_credentials': {
    status: 401,
    uk: 'Неправильний логін або пароль.',
    en: 'Wrong login or password.',
  },
  'auth.locked': {
    status: 429,
    uk: 'Забагато невдалих спроб входу. Обліковий запис тимчасово заблоковано; спробуйте через {minutes} хв.',
    en: 'Too many failed sign-in attempts. The account is locked for now; try again in {minutes} min.',
  },
  'auth.wrong_password': {
    status: 400,
    uk: 'Поточний пароль указано неправильно.',
    en: 'The current password is wrong.',
  },
  'auth.weak_password': {
    status: 400,
    uk: 'Пароль має містити щонайменше 10 символів.',
    en: 'The password must have at least 10 characters.',
  },
  'csrf.invalid': {
    status: 403,
    uk: 'Сторінка застаріла. Оновіть її та повторіть дію.',
    en: 'The page is out of date. Reload it and try again.',
  },
  'setup.closed': {
    status: 409,
    uk: 'Початкове налаштування вже виконано.',
    en: 'The first-run setup has already been done.',
  },
  'setup.invalid_token': {
    status: 403,
    uk: 'Неправильний код налаштування. Його надруковано в консолі сервера.',
    en: 'Wrong setup code. It is printed on the server console.',
  },
} as const satisfies Record<string, ErrorEntry>;
