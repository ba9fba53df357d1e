import type { RiskSignalView } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';

/**
 * The risk signals the server found, in its words (already in the interface language). They inform
 * and never block: the operator and the head decide.
 */
export function RiskSignals({
  signals,
  preview = false,
}: {
  signals: readonly RiskSignalView[];
  preview?: boolean;
}) {
  const t = useT();
  if (signals.length === 0) return null;
  return (
    <Notice tone="warn" title={t(preview ? 'requests.signals.preview' : 'requests.signals.title')}>
      <ul className="signals">
        {signals.map((s) => (
          <li key={s.code}>{s.message}</li>
        ))}
      </ul>
      <p className="field__hint">{t('requests.signals.hint')}</p>
    </Notice>
  );
}
