import { Link } from 'react-router';
import { useMe } from '../../app/auth-context';
import { navigationFor } from '../../app/navigation';
import { useT } from '../../i18n/i18n-context';
import { PageHeader } from '../../ui/PageHeader';
import { HomeQualityAlerts } from '../feedback/QualityAlerts';

/**
 * The first page after sign-in: whom it greets, what each of the person's roles does here, and a
 * tile for every main page the roles open (the tiles come from the navigation, so a new feature's
 * entry appears here by itself).
 */
export function HomePage() {
  const me = useMe();
  const t = useT();
  const tiles = navigationFor(me.roles).filter((item) => item.description);
  const roles = me.roles.map((role) => t(`role.${role}`)).join(', ');

  return (
    <>
      <PageHeader
        title={me.centre?.name ?? t('home.platformTitle')}
        lead={
          <>
            <p>{t('home.welcome', { name: me.person.name })}</p>
            <p>{t('home.roles', { roles })}</p>
          </>
        }
      />
      <HomeQualityAlerts />
      <section aria-labelledby="home-work">
        <h2 id="home-work">{t('home.work')}</h2>
        {me.roles.map((role) => (
          <p key={role}>{t(`home.intro.${role}`)}</p>
        ))}
      </section>
      {tiles.length > 0 && (
        <section className="section" aria-labelledby="home-links">
          <h2 id="home-links">{t('home.links')}</h2>
          <ul className="tiles">
            {tiles.map((item) => (
              <li key={item.to}>
                <Link className="tile" to={item.to}>
                  <span className="tile__title">{t(item.label)}</span>
                  {item.description && <span className="tile__text">{t(item.description)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
