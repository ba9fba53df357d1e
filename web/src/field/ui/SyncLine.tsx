import { useT } from '../../i18n/i18n-context';
import { useFieldSync } from '../use-field-sync';

/** One line in the bar: what sync is doing and how much waits. */
export function SyncLine() {
  const t = useT();
  const sync = useFieldSync();
  return (
    <p className="topbar__centre" role="status" data-testid="field-sync-line">
      {sync.phase === 'failed'
        ? t('field.status.phase.failed', { reason: sync.lastError ?? '' })
        : t(`field.status.phase.${sync.phase}`)}
      {' · '}
      {t('field.status.waiting')}: {sync.waiting + sync.unsentFiles}
    </p>
  );
}
