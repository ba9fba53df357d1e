import type { ErrorEntry } from './error-entry.js';

/** Field devices and their credentials. */
export const DEVICE_ERRORS = {
  'device.revoked': {
    status: 401,
    uk: 'Доступ цього пристрою відкликано або його строк минув. Увійдіть знову, коли буде зв’язок.',
    en: 'This device’s access was revoked or has expired. Sign in again when you are online.',
  },
  'device.required': {
    status: 403,
    uk: 'Ця дія доступна лише із зареєстрованого польового пристрою.',
    en: 'This is available only from a registered field device.',
  },
  'device.session_required': {
    status: 403,
    uk: 'Зареєструвати пристрій можна лише після входу з паролем.',
    en: 'A device can be registered only after signing in with a password.',
  },
  'device.id_taken': {
    status: 409,
    uk: 'Цей ідентифікатор пристрою вже використано. Застосунок створить новий — повторіть реєстрацію.',
    en: 'This device id is already taken. The app will make a new one — register again.',
  },
} as const satisfies Record<string, ErrorEntry>;
