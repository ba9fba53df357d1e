import { useT } from '../i18n/i18n-context';
import { LinkButton } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';

/** What someone sees at the address of a page their roles do not open. */
export function NoAccessPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('access.deniedTitle')} lead={<p>{t('access.deniedText')}</p>} />
      <LinkButton to="/" variant="primary">
        {t('access.toHome')}
      </LinkButton>
    </>
  );
}
