import { useT } from '../i18n/i18n-context';
import { LinkButton } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';

/** An address that is no page of the app. */
export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('access.notFoundTitle')} lead={<p>{t('access.notFoundText')}</p>} />
      <LinkButton to="/" variant="primary">
        {t('access.toHome')}
      </LinkButton>
    </>
  );
}
