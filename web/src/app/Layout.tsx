import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { PAGE_TITLE_ID } from '../ui/PageHeader';
import { useMe } from './auth-context';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

/**
 * The frame of every signed-in page. After moving to another page, focus goes to its heading, so a
 * screen reader announces the new page and the keyboard continues from its top.
 */
export function Layout() {
  const me = useMe();
  const t = useT();
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <TopBar me={me} />
      <SideNav roles={me.roles} />
      <main id="main" className="main" tabIndex={-1}>
        <div className="main__inner">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
