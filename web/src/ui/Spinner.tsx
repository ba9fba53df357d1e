import { useT } from '../i18n/i18n-context';

/** A polite "loading" indicator with a text that screen readers announce. */
export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="spinner-block" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
