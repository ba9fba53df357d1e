import type { Locale } from '@valiza/domain';
import { enCore } from './en/core';
import type { uk } from './uk/index';
import { ukCore } from './uk/core';

/** Every message key of the interface. Ukrainian is the source of truth for keys. */
export type MessageKey = keyof typeof uk;

type Dictionary = Partial<Record<MessageKey, string>>;

/**
 * The dictionaries of every language as loaded so far: the first screen's and the field app's
 * messages with the entry, the office's added by `addMessages` when the office app loads (so the
 * field app's first load does not carry the office's texts).
 */
export const MESSAGES: Record<Locale, Dictionary> = { uk: { ...ukCore }, en: { ...enCore } };

/** Adds a part of the dictionaries (a lazily loaded app's messages). */
export function addMessages(more: Record<Locale, Dictionary>): void {
  Object.assign(MESSAGES.uk, more.uk);
  Object.assign(MESSAGES.en, more.en);
}
