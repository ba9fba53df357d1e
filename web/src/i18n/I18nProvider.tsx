import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@valiza/domain';
import { changeCurrentLocale, currentLocale } from './current-locale';
import { I18nContext, type I18nValue } from './i18n-context';
import { translate } from './translate';

/** Provides the interface language and keeps `<html lang>` in step with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(currentLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Stable, so that effects depending on it do not run again at every change of language.
  const setLocale = useCallback((next: Locale) => {
    changeCurrentLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
