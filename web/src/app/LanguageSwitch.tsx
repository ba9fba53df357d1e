import { useContext } from 'react';
import { LOCALES, type Locale } from '@valiza/domain';
import { useLocale, useT } from '../i18n/i18n-context';
import { cx } from '../ui/cx';
import { AuthContext } from './auth-context';
import { saveLocale } from './save-locale';

/**
 * Two toggle buttons, each naming its language in that language (and marked with its `lang`, so a
 * screen reader pronounces it right). The choice is kept on the device and, when signed in, saved
 * for the person. (The field app has no office sign-in around it: there the choice stays on the device.)
 */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const auth = useContext(AuthContext);
  const choose = (next: Locale) => {
    if (next === locale) return;
    setLocale(next);
    if (auth?.state.status === 'signed-in') saveLocale(next);
  };
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className={cx('language-switch', !onDark && 'language-switch--light')}
    >
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={cx('btn', onDark ? 'btn--on-dark' : 'btn--secondary')}
          aria-pressed={option === locale}
          onClick={() => choose(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
