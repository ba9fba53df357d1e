import type { Locale } from '@valiza/domain';
import { en } from './en/index';
import { uk } from './uk/index';

/** Every message key of the interface. Ukrainian is the source of truth for keys. */
export type MessageKey = keyof typeof uk;

/** The dictionaries of every language, each with exactly the Ukrainian keys. */
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { uk, en };
