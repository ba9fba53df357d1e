import type { ErrorEntry } from './error-entry.js';

/** The sync protocol: commands from the field, pulls, and the export file of unsent work. */
export const SYNC_ERRORS = {
  'sync.id_conflict': {
    status: 409,
    uk: 'Запис із цим ідентифікатором уже надійшов з іншим змістом. Його не прийнято; зверніться до керівника.',
    en: 'A record with this id has already arrived with different content. It was not accepted; contact the head.',
  },
  'sync.unknown_type': {
    status: 400,
    uk: 'Сервер не знає такої дії. Оновіть застосунок.',
    en: 'The server does not know this action. Update the app.',
  },
  'sync.unsupported_version': {
    status: 400,
    uk: 'Ця версія запису не підтримується сервером. Оновіть застосунок.',
    en: 'The server does not support this version of the record. Update the app.',
  },
  'sync.attachments_not_accepted': {
    status: 400,
    uk: 'До цієї дії не можна додавати файли.',
    en: 'Files cannot be attached to this action.',
  },
  'sync.temporary': {
    status: 503,
    uk: 'Тимчасова помилка сервера. Запис збережено на пристрої й буде надіслано повторно.',
    en: 'A temporary server error. The record is kept on the device and will be sent again.',
  },
  'sync.export_weak_passphrase': {
    status: 400,
    uk: 'Фраза-пароль має містити щонайменше 8 символів.',
    en: 'The passphrase must have at least 8 characters.',
  },
  'sync.export_passphrase': {
    status: 400,
    uk: 'Не вдалося відкрити файл: неправильна фраза-пароль або файл пошкоджено.',
    en: 'The file cannot be opened: wrong passphrase or a damaged file.',
  },
  'sync.export_malformed': {
    status: 400,
    uk: 'Файл невідправлених даних пошкоджено або він має невідомий формат.',
    en: 'The file of unsent work is damaged or of an unknown format.',
  },
} as const satisfies Record<string, ErrorEntry>;
