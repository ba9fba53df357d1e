import type { Role } from '@valiza/domain';
import { NavLink } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { navigationFor } from './navigation';

/** The main menu of the person's roles; the current page is marked with `aria-current`. */
export function SideNav({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return (
    <nav className="sidenav" aria-label={t('nav.label')}>
      <ul>
        {navigationFor(roles).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
