import { useCallback } from 'react';
import { describeFailure } from './describe-failure';
import { useLocale } from './i18n-context';

/** `describe(failure)` in the current language; see describeFailure. */
export function useDescribeFailure(): (failure: unknown) => string {
  const { locale } = useLocale();
  return useCallback((failure: unknown) => describeFailure(failure, locale), [locale]);
}
