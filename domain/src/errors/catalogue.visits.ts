import type { ErrorEntry } from './error-entry.js';

/** The field's work at a visit: applications, outcomes, incidents, and conflicts with the office. */
export const VISIT_ERRORS = {
  'applications.id_conflict': {
    status: 409,
    uk: 'Заяву з цим ідентифікатором уже зареєстровано з іншим змістом.',
    en: 'An application with this id has already been registered with other content.',
  },
  'applications.attachment_undeclared': {
    status: 400,
    uk: 'Заява посилається на файл, якого немає в переліку файлів команди.',
    en: 'The application refers to a file the command does not declare.',
  },
  'applications.mrz_mismatch': {
    status: 400,
    uk: 'Машинозчитувана зона ID-картки не відповідає номеру документа або УНЗР.',
    en: 'The ID card machine-readable zone does not match the document number or UNZR.',
  },
  'visits.already_finished': {
    status: 409,
    uk: 'Результат цього виїзду вже надіслано з іншим змістом.',
    en: 'The outcome of this visit has already been sent with other content.',
  },
  'visits.conflict_resolved': {
    status: 409,
    uk: 'Цю розбіжність уже розглянуто.',
    en: 'This conflict has already been resolved.',
  },
  'visits.conflict_no_outcome': {
    status: 409,
    uk: 'Польовий пристрій ще не надіслав результат цього виїзду, тож застосувати його неможливо.',
    en: 'The field has not sent how this visit ended yet, so its outcome cannot be applied.',
  },
  'incidents.id_conflict': {
    status: 409,
    uk: 'Інцидент з цим ідентифікатором уже записано з іншим змістом.',
    en: 'An incident with this id has already been recorded with other content.',
  },
} as const satisfies Record<string, ErrorEntry>;
