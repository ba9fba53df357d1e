import { useT } from '../i18n/i18n-context';
import { useDescribeFailure } from '../i18n/use-describe-failure';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { useAuth } from './auth-context';
import { PublicLayout } from './PublicLayout';

/** While the app asks the server who is signed in. */
export function StartingScreen() {
  return (
    <PublicLayout>
      <Spinner />
    </PublicLayout>
  );
}

/**
 * The server did not answer at start: say so plainly and offer to try again — or the field app, which
 * works without the network (the installed app starts here).
 */
export function UnreachableScreen({ failure }: { failure: unknown }) {
  const t = useT();
  const describe = useDescribeFailure();
  const { retry } = useAuth();
  return (
    <PublicLayout>
      <PageHeader title={t('errors.startFailedTitle')} />
      <Notice tone="error">
        <p>{describe(failure)}</p>
      </Notice>
      <p>
        <Button onClick={retry}>{t('common.retry')}</Button> <a href="/field">{t('field.openOffline')}</a>
      </p>
    </PublicLayout>
  );
}
