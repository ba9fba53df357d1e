import { interpolate, type Locale } from '@valiza/domain';
import { MESSAGES, type MessageKey } from './messages';
import type { MessageParams } from './types';

/**
 * The message of a key in a language, with its `{placeholders}` filled. A key whose part of the
 * dictionaries is not loaded yet shows as the key itself (never an empty label).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(MESSAGES[locale][key] ?? MESSAGES.uk[key] ?? key, params);
}

export type TranslateFn = (key: MessageKey, params?: MessageParams) => string;
