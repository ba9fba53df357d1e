import { type z } from 'zod';
import type { Locale } from '../i18n/locale.js';
import { describeReason, isIdentifierReason, type IdentifierReason } from '../identifiers/reasons.js';
import type { ProblemDetail } from './problem.js';

type Issue = z.core.$ZodIssue;

const TEXT = {
  required: { uk: 'Обов’язкове поле.', en: 'Required.' },
  wrongType: { uk: 'Неправильний тип значення.', en: 'Wrong type of value.' },
  maxLength: { uk: 'Не довше ніж {n} символів.', en: 'At most {n} characters.' },
  minLength: { uk: 'Щонайменше {n} символів.', en: 'At least {n} characters.' },
  maxItems: { uk: 'Забагато елементів (щонайбільше {n}).', en: 'At most {n} items.' },
  minItems: { uk: 'Замало елементів (щонайменше {n}).', en: 'At least {n} items.' },
  maxNumber: { uk: 'Не більше ніж {n}.', en: 'At most {n}.' },
  minNumber: { uk: 'Не менше ніж {n}.', en: 'At least {n}.' },
  date: { uk: 'Дата має бути у форматі РРРР-ММ-ДД.', en: 'The date must be YYYY-MM-DD.' },
  datetime: { uk: 'Неправильні дата й час.', en: 'Invalid date and time.' },
  email: { uk: 'Неправильна адреса електронної пошти.', en: 'Invalid e-mail address.' },
  uuid: { uk: 'Неправильний ідентифікатор.', en: 'Invalid identifier.' },
  format: { uk: 'Неправильний формат.', en: 'Invalid format.' },
  option: { uk: 'Оберіть одне з допустимих значень.', en: 'Choose one of the allowed values.' },
  unknownField: { uk: 'Невідоме поле.', en: 'Unknown field.' },
  invalid: { uk: 'Неправильне значення.', en: 'Invalid value.' },
} as const satisfies Record<string, Record<Locale, string>>;

function say(key: keyof typeof TEXT, locale: Locale, n?: number | bigint): string {
  return TEXT[key][locale].replace('{n}', String(n ?? ''));
}

function sized(origin: string, kind: 'max' | 'min'): keyof typeof TEXT {
  if (origin === 'string') return kind === 'max' ? 'maxLength' : 'minLength';
  if (origin === 'array' || origin === 'set') return kind === 'max' ? 'maxItems' : 'minItems';
  return kind === 'max' ? 'maxNumber' : 'minNumber';
}

/** The reason an identifier schema put on a custom issue, when it is one this product knows. */
function reasonOf(issue: Issue): IdentifierReason | null {
  const reason: unknown = issue.code === 'custom' ? issue.params?.['reason'] : undefined;
  return isIdentifierReason(reason) ? reason : null;
}

/** A plain message for one zod issue, in the user's language. */
export function describeIssue(issue: Issue, locale: Locale): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? say('required', locale)
        : say('wrongType', locale);
    case 'too_big':
      return say(sized(issue.origin, 'max'), locale, issue.maximum);
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && issue.minimum === 1)
        return say('required', locale);
      return say(sized(issue.origin, 'min'), locale, issue.minimum);
    case 'invalid_format': {
      const format = issue.format;
      if (format === 'date') return say('date', locale);
      if (format === 'datetime') return say('datetime', locale);
      if (format === 'email') return say('email', locale);
      if (format === 'uuid') return say('uuid', locale);
      return say('format', locale);
    }
    case 'invalid_value':
      return say('option', locale);
    case 'unrecognized_keys':
      return say('unknownField', locale);
    case 'custom': {
      const reason = reasonOf(issue);
      return reason ? describeReason(reason, locale) : say('invalid', locale);
    }
    default:
      return say('invalid', locale);
  }
}

/**
 * Turns zod issues into the `details` of a `validation.failed` error. Unknown keys each get a line.
 * A custom issue with a known reason (`phone.length`, `unzr.check_digit`, …) carries that reason as
 * its code, so a client can tell what is wrong without reading the message.
 */
export function issuesToDetails(issues: readonly Issue[], locale: Locale, prefix = ''): ProblemDetail[] {
  const details: ProblemDetail[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({
          path: base ? `${base}.${key}` : key,
          code: issue.code,
          message: describeIssue(issue, locale),
        });
      }
      continue;
    }
    details.push({ path: base, code: reasonOf(issue) ?? issue.code, message: describeIssue(issue, locale) });
  }
  return details;
}
