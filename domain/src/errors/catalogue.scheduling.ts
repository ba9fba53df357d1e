import type { ErrorEntry } from './error-entry.js';

/** Calendars, outreach sessions, visits, plans and their approval, kit readiness, notices. */
export const SCHEDULING_ERRORS = {
  'calendar.range_too_long': {
    status: 400,
    uk: 'Завеликий період: щонайбільше {days} днів.',
    en: 'The period is too long: at most {days} days.',
  },
  'calendar.range_reversed': {
    status: 400,
    uk: 'Кінець періоду раніше за його початок.',
    en: 'The period ends before it starts.',
  },
  'visit.time_reversed': {
    status: 400,
    uk: 'Час закінчення візиту ({to}) має бути пізніше за час початку ({from}).',
    en: 'The visit must end ({to}) after it starts ({from}).',
  },
  'visit.overlap_person': {
    status: 409,
    uk: '{name} уже зайнятий(-а) {date} з {from} до {to}. Оберіть інший час або іншого адміністратора.',
    en: '{name} is already busy on {date} from {from} to {to}. Choose another time or administrator.',
  },
  'visit.overlap_kit': {
    status: 409,
    uk: 'Комплект {kit} уже зайнятий {date} з {from} до {to}. Оберіть інший час або інший комплект.',
    en: 'Kit {kit} is already in use on {date} from {from} to {to}. Choose another time or kit.',
  },
  'visit.outside_working_time': {
    status: 422,
    uk: 'Візит поза робочим часом: {reasons}. Керівник може погодити його, вказавши причину.',
    en: 'The visit is outside working time: {reasons}. A head may allow it by giving a reason.',
  },
  'visit.override_head_only': {
    status: 403,
    uk: 'Погодити візит поза робочим часом може лише керівник.',
    en: 'Only a head may allow a visit outside working time.',
  },
  'visit.not_staff': {
    status: 422,
    uk: 'Призначати на візит можна лише активних адміністраторів цього ЦНАП.',
    en: 'Only active administrators of this centre can be assigned to a visit.',
  },
  'visit.request_not_schedulable': {
    status: 409,
    uk: 'Цю заявку зараз не можна запланувати (стан: {state}).',
    en: 'This request cannot be scheduled now (state: {state}).',
  },
  'visit.not_changeable': {
    status: 409,
    uk: 'Скасований або завершений візит змінити не можна.',
    en: 'A cancelled or finished visit cannot be changed.',
  },
  'visit.stale': {
    status: 409,
    uk: 'Візит змінили з часу, коли ви його відкрили. Оновіть сторінку.',
    en: 'The visit changed since you opened it. Reload the page.',
  },
  'visit.session_full': {
    status: 409,
    uk: 'На виїзному прийомі {date} не лишилося часу: потрібно {needed} хв, вільно {free} хв.',
    en: 'The outreach session on {date} is full: {needed} min needed, {free} min free.',
  },
  'visit.session_closed': {
    status: 409,
    uk: 'Цей виїзний прийом скасовано або він уже минув.',
    en: 'This outreach session is cancelled or already over.',
  },
  'plan.stale': {
    status: 409,
    uk: 'План на {date} змінився з часу, коли ви його відкрили. Оновіть сторінку та перевірте зміни.',
    en: 'The plan for {date} changed since you opened it. Reload the page and check the changes.',
  },
  'plan.needs_unassigned': {
    status: 422,
    uk: 'Не можна затвердити план на {date}: для візиту за заявкою {number} не призначено: {needs}.',
    en: 'The plan for {date} cannot be approved: request {number} still needs: {needs}.',
  },
  'plan.kit_not_ready': {
    status: 422,
    uk: 'Комплект {kit} не готовий на {date} ({missing}). Вкажіть причину, щоб затвердити план.',
    en: 'Kit {kit} is not ready for {date} ({missing}). Give a reason to approve the plan.',
  },
  'plan.nothing_to_approve': {
    status: 409,
    uk: 'У вибраному періоді немає змін, які потрібно затвердити.',
    en: 'There is nothing new to approve in the chosen period.',
  },
  'outreach.schedule_reversed': {
    status: 400,
    uk: 'Розклад має закінчуватися не раніше, ніж починається.',
    en: 'The schedule must not end before it starts.',
  },
  'outreach.session_busy': {
    status: 409,
    uk: 'На цей виїзний прийом уже записано людей. Спершу перенесіть або скасуйте їхні візити.',
    en: 'People are booked into this outreach session. Move or cancel their visits first.',
  },
  'outreach.session_too_short': {
    status: 409,
    uk: 'На виїзний прийом {date} уже записано людей на {booked} хв, а новий час вміщує лише {capacity} хв. Спершу перенесіть частину візитів.',
    en: 'People are booked into the outreach session on {date} for {booked} min; the new window holds only {capacity} min. Move some of the visits first.',
  },
  'calendar_feed.not_found': {
    status: 404,
    uk: 'Такого календаря немає або посилання вже замінено.',
    en: 'There is no such calendar, or the link has been replaced.',
  },
} as const satisfies Record<string, ErrorEntry>;
