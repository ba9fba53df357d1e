import { createContext, useContext } from 'react';
import type { Locale } from '@valiza/domain';
import type { TranslateFn } from './translate';

export interface I18nValue {
  locale: Locale;
  /** Switches the language on this device (the signed-in person's copy is saved by the switch). */
  setLocale: (locale: Locale) => void;
  t: TranslateFn;
}

export const I18nContext = createContext<I18nValue | null>(null);

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('I18nProvider is missing above this component.');
  return value;
}

/** The translate function of the current language: `t('staff.title')`, `t('home.welcome', { name })`. */
export function useT(): TranslateFn {
  return useI18n().t;
}

/** The current language and the way to change it. */
export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
