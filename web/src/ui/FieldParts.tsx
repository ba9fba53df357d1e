import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import type { FieldIds } from './form-context';

/** The label text, with "(optional)" after it for fields that may stay empty. */
export function LabelText({ label, optional }: { label: string; optional?: boolean | undefined }) {
  const t = useT();
  return (
    <>
      {label}
      {optional && <span className="field__optional"> {t('common.optional')}</span>}
    </>
  );
}

/** The hint and the error message under a label; the control points at both with aria-describedby. */
export function HintAndError({ ids, hint }: { ids: FieldIds; hint?: ReactNode }) {
  const t = useT();
  return (
    <>
      {hint && (
        <div id={ids.hintId} className="field__hint">
          {hint}
        </div>
      )}
      {ids.error && (
        <p id={ids.errorId} className="field__error">
          <span className="visually-hidden">{t('errors.fieldPrefix')}</span> {ids.error}
        </p>
      )}
    </>
  );
}
