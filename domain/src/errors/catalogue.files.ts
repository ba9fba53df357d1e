import type { ErrorEntry } from './error-entry.js';

/** Attachments (scans and photos) and their resumable uploads. */
export const FILE_ERRORS = {
  'files.metadata': {
    status: 400,
    uk: 'Файл надіслано без потрібних відомостей (ідентифікатор, контрольна сума, тип, розмір).',
    en: 'The file was sent without the required details (id, checksum, type, size).',
  },
  'files.too_large': {
    status: 413,
    uk: 'Файл завеликий (щонайбільше {megabytes} МБ).',
    en: 'The file is too large (at most {megabytes} MB).',
  },
  'files.media_type': {
    status: 415,
    uk: 'Дозволено лише PDF, JPEG, PNG і WebP, і вміст файлу має відповідати його типу.',
    en: 'Only PDF, JPEG, PNG and WebP are allowed, and the content must match the type.',
  },
  'files.checksum_mismatch': {
    status: 460,
    uk: 'Файл надійшов пошкодженим (контрольна сума не збігається). Його буде надіслано ще раз.',
    en: 'The file arrived damaged (checksum mismatch). It will be sent again.',
  },
  'files.id_conflict': {
    status: 409,
    uk: 'Файл із цим ідентифікатором уже надійшов з іншим вмістом.',
    en: 'A file with this id has already arrived with different content.',
  },
  'files.offset_conflict': {
    status: 409,
    uk: 'Частина файлу вже надійшла; продовжте надсилання з місця зупинки.',
    en: 'Part of the file has already arrived; resume from where it stopped.',
  },
  'files.complete': {
    status: 409,
    uk: 'Файл уже отримано повністю.',
    en: 'The file has already been received in full.',
  },
} as const satisfies Record<string, ErrorEntry>;
