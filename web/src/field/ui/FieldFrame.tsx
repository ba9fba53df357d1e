import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { lock } from '../session';
import { FIELD_ROUTES } from './field.routes';
import { SyncLine } from './SyncLine';

interface FieldFrameProps {
  children: ReactNode;
  personName?: string;
  /** The field menu, the sync line and the lock button (only while unlocked). */
  withMenu?: boolean;
}

/** The frame of the field app: its bar (person, sync state, language, lock) and its menu. */
export function FieldFrame({ children, personName, withMenu = false }: FieldFrameProps) {
  const t = useT();
  return (
    <div className={withMenu ? 'app' : 'public'}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className={withMenu ? 'topbar' : 'public__bar'}>
        <Link to="/field" className="brand">
          <img src="/icons/favicon.svg" alt="" />
          <span>{t('field.title')}</span>
        </Link>
        {withMenu && <SyncLine />}
        <div className="topbar__person">
          {personName && <span className="topbar__name">{personName}</span>}
          <LanguageSwitch onDark={withMenu} />
          {withMenu && (
            <Button variant="secondary" className="btn--on-dark" onClick={() => void lock()}>
              {t('field.lock')}
            </Button>
          )}
        </div>
      </header>
      {withMenu && (
        <nav className="sidenav" aria-label={t('field.nav.label')}>
          <ul>
            {FIELD_ROUTES.filter((r) => r.menu).map((route) => (
              <li key={route.path}>
                <NavLink to={route.path === '' ? '/field' : `/field/${route.path}`} end>
                  {route.menu ? t(route.menu) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} className={withMenu ? 'main' : 'public__main'}>
        {withMenu ? <div className="main__inner">{children}</div> : children}
      </main>
    </div>
  );
}
