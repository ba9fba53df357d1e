import { ERRORS, isErrorCode, type Locale } from '@valiza/domain';
import { ApiError, NetworkError } from '../api/errors';
import { translate } from './translate';

const PLACEHOLDER = /\{\w+\}/;

/**
 * What to tell people about a failed request, in their language. Error codes are translated through
 * the product's one error catalogue (in `@valiza/domain`, Ukrainian and English for every code). A
 * message with values in it (e.g. the minutes of `auth.locked`) comes from the server, which filled
 * them in the language the request asked for; an unknown code falls back to the server's message.
 */
export function describeFailure(failure: unknown, locale: Locale): string {
  if (failure instanceof NetworkError) return translate(locale, 'errors.network');
  if (!(failure instanceof ApiError)) return translate(locale, 'errors.unexpected');
  if (isErrorCode(failure.code)) {
    const template = ERRORS[failure.code][locale];
    if (!PLACEHOLDER.test(template)) return template;
  }
  return failure.message || translate(locale, 'errors.unexpected');
}
