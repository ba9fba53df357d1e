import { NavLink } from 'react-router';
import { useT } from '../../i18n/i18n-context';

/** The three views of the logbook, as links. */
export function LogbookTabs() {
  const t = useT();
  return (
    <nav className="logbook-tabs" aria-label={t('nav.logbook')}>
      <NavLink to="/logbook/today" className="btn btn--quiet">
        {t('logbook.tabs.today')}
      </NavLink>{' '}
      <NavLink to="/logbook" end className="btn btn--quiet">
        {t('logbook.tabs.all')}
      </NavLink>{' '}
      <NavLink to="/logbook/refusals" className="btn btn--quiet">
        {t('logbook.tabs.refusals')}
      </NavLink>
    </nav>
  );
}
