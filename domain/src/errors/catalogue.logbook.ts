import type { ErrorEntry } from './error-entry.js';

/** The logbook: order of steps, dates, the chain check. */
export const LOGBOOK_ERRORS = {
  'logbook.future_date': {
    status: 422,
    uk: 'Дата ще не настала. Вкажіть фактичний час події.',
    en: 'The date is in the future. Give the time the event actually happened.',
  },
  'logbook.before_receipt': {
    status: 422,
    uk: 'Дата раніша за отримання заяви ЦНАП ({receivedAt}).',
    en: 'The date is before the centre received the application ({receivedAt}).',
  },
  'logbook.before_previous': {
    status: 422,
    uk: 'Дата раніша за попередній крок цієї заяви.',
    en: 'The date is before the previous step of this application.',
  },
  'logbook.already_recorded': {
    status: 409,
    uk: 'Цей крок уже записано в журналі. Щоб змінити його, внесіть виправлення.',
    en: 'This step is already in the logbook. Record a correction to change it.',
  },
  'logbook.not_forwarded': {
    status: 409,
    uk: 'Заяву ще не передано суб’єкту надання послуги — рішення записати не можна.',
    en: 'The application has not been forwarded to the provider yet, so no decision can be recorded.',
  },
  'logbook.result_before_decision': {
    status: 409,
    uk: 'Спершу запишіть рішення суб’єкта надання послуги.',
    en: "Record the provider's decision first.",
  },
  'logbook.delivery_before_decision': {
    status: 409,
    uk: 'Видати результат можна лише після рішення суб’єкта надання послуги.',
    en: "A result can be handed over only after the provider's decision.",
  },
  'logbook.not_refused': {
    status: 409,
    uk: 'Оцінити можна лише відмову.',
    en: 'Only a refusal can be reviewed.',
  },
  'logbook.not_delivered': {
    status: 409,
    uk: 'Результат ще не видано — розписки немає.',
    en: 'The result has not been handed over yet, so there is no receipt.',
  },
  'logbook.repeat_visit_needs_request': {
    status: 422,
    uk: 'Для повторного виїзду потрібна заявка, за якою прийнято заяву. Оберіть інший спосіб видачі.',
    en: 'A repeat visit needs the request the application came from. Choose another way to deliver.',
  },
  'logbook.correction_kind': {
    status: 422,
    uk: 'Виправити можна лише передачу, рішення, отримання результату чи видачу.',
    en: 'Only forwarding, a decision, a result or a delivery can be corrected.',
  },
  'logbook.correction_after_forwarding': {
    status: 409,
    uk: 'Запис можна виправити лише до передачі документів суб’єкту. Після передачі виправляйте кроки журналу.',
    en: 'An entry can be corrected only before its documents go to the provider. After that, correct its steps.',
  },
  'logbook.entry_corrected': {
    status: 409,
    uk: 'Цей запис уже виправлено записом № {number}. Працюйте з виправленим записом.',
    en: 'This entry has been corrected by entry No. {number}. Work with the correction.',
  },
  'logbook.period_too_long': {
    status: 400,
    uk: 'Завеликий період: щонайбільше {days} днів.',
    en: 'The period is too long: at most {days} days.',
  },
  'logbook.unknown_centre': {
    status: 404,
    uk: 'ЦНАП з кодом {code} не знайдено.',
    en: 'No centre with code {code}.',
  },
} as const satisfies Record<string, ErrorEntry>;
