import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of pages used without signing in (sign-in, first-run setup). */
export function PublicLayout({ children, wide = false }: { children?: ReactNode; wide?: boolean }) {
  const t = useT();
  return (
    <div className="public">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="public__bar">
        <span className="brand">
          <img src="/icons/favicon.svg" alt="" />
          <span>{t('common.appName')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'public__main public__main--wide' : 'public__main'}>
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
