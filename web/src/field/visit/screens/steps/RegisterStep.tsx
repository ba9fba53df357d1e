import { useEffect, useState } from 'react';
import type { PulledNumberBlock } from '@valiza/domain';
import { formatDate } from '../../../../i18n/format';
import { translate } from '../../../../i18n/translate';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Notice } from '../../../../ui/Notice';
import { fieldStore } from '../../..';
import { usedNumbers } from '../../flow/draft-store';
import { NoNumbersLeftError, registerApplications } from '../../flow/visit-actions';
import { numbersLeft } from '../../registration/take-number';
import type { StepProps } from '../StepView';

/** Registration: numbers from the device's block, one PDF per document, the signature; enqueues each application. */
export function RegisterStep({ data, update }: StepProps) {
  const t = useT();
  const [blocks, setBlocks] = useState<PulledNumberBlock[] | null>(null);
  const [left, setLeft] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [held, used] = await Promise.all([fieldStore.numberBlocks(), usedNumbers()]);
      setBlocks(held);
      setLeft(numbersLeft(held, used, new Date().getFullYear()));
    })();
  }, []);

  const register = async () => {
    if (!blocks) return;
    setBusy(true);
    setFailure(null);
    try {
      const now = new Date();
      // The stamp is in Ukrainian whatever the screen's language: it is part of the legal copy.
      const stampLines = [
        translate('uk', 'fieldVisit.stamp.title'),
        translate('uk', 'fieldVisit.stamp.administrator', { name: data.administratorName }),
        formatDate(now),
      ];
      const next = await registerApplications(
        data.draft,
        {
          applicantId: data.fieldVisit?.applicant.id ?? data.visit.requestId,
          requestId: data.visit.requestId,
          administratorName: data.administratorName,
          administratorId: data.administratorId,
          numberBlocks: blocks,
          stampLines,
        },
        now,
      );
      await update(next);
    } catch (error) {
      setFailure(
        error instanceof NoNumbersLeftError
          ? t('fieldVisit.register.noNumbers')
          : t('fieldVisit.register.failed', {
              message: error instanceof Error ? error.message : String(error),
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('fieldVisit.register.lead')}</p>
      {left !== null && <p>{t('fieldVisit.register.left', { count: left })}</p>}
      {left === 0 && <Notice tone="warn">{t('fieldVisit.register.noNumbers')}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
      {busy && <p role="status">{t('fieldVisit.register.working')}</p>}
      <Button variant="primary" busy={busy} disabled={!blocks || left === 0} onClick={() => void register()}>
        {t('fieldVisit.register.go')}
      </Button>
    </>
  );
}
