import type { ErrorEntry } from './error-entry.js';

/** Surveys, the feedback register, the public feedback page and the quality dashboard. */
export const FEEDBACK_ERRORS = {
  'survey.finished': {
    status: 409,
    uk: 'Це опитування вже завершено.',
    en: 'This survey is already finished.',
  },
  'survey.comment_kind_required': {
    status: 400,
    uk: 'Зазначте, що це за коментар: подяка, скарга чи пропозиція.',
    en: 'Say what the comment is: praise, a complaint or a proposal.',
  },
  'feedback.token_invalid': {
    status: 410,
    uk: 'Це посилання для відгуку недійсне або вже використане. Ви можете зателефонувати до ЦНАП.',
    en: 'This feedback link is not valid or has already been used. You can call the centre.',
  },
  'feedback.step_not_allowed': {
    status: 409,
    uk: 'Цей крок зараз неможливий: пропозицію спершу обговорюють, потім ухвалюють рішення, потім оприлюднюють.',
    en: 'This step is not possible now: a proposal is discussed first, then decided, then published.',
  },
  'quality.range_reversed': {
    status: 400,
    uk: 'Кінець періоду раніше за його початок.',
    en: 'The period ends before it starts.',
  },
  'quality.range_too_long': {
    status: 400,
    uk: 'Завеликий період: щонайбільше {days} днів.',
    en: 'The period is too long: at most {days} days.',
  },
} as const satisfies Record<string, ErrorEntry>;
