import { useState } from 'react';
import type { Me } from '@valiza/domain';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { useDescribeFailure } from '../i18n/use-describe-failure';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { useAuth } from './auth-context';
import { LanguageSwitch } from './LanguageSwitch';

/** The bar on every signed-in page: the product, the centre, the person, the language, sign-out. */
export function TopBar({ me }: { me: Me }) {
  const t = useT();
  const describe = useDescribeFailure();
  const { signOut } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const leave = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await signOut();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <header className="topbar">
      <Link to="/" className="brand">
        <img src="/icons/favicon.svg" alt="" />
        <span>{t('common.appName')}</span>
      </Link>
      <p className="topbar__centre">{me.centre?.name ?? me.region?.name ?? t('layout.platform')}</p>
      <div className="topbar__person">
        <span className="topbar__name">{me.person.name}</span>
        <LanguageSwitch onDark />
        <Button variant="secondary" className="btn--on-dark" busy={busy} onClick={() => void leave()}>
          {t('layout.signOut')}
        </Button>
      </div>
      {failure !== null && (
        <div className="topbar__notice">
          <Notice tone="error">
            <p>{t('layout.signOutFailed', { reason: describe(failure) })}</p>
          </Notice>
        </div>
      )}
    </header>
  );
}
