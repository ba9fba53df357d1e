import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n-context';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { importCatalogue } from './catalogue-api';

/**
 * Export of the whole catalogue as XLSX or CSV, and (for the head) import of such a file: every row
 * is checked first and nothing is imported when one is wrong; the errors name row and column.
 */
export function CatalogueTransfer({ canImport, onImported }: { canImport: boolean; onImported: () => void }) {
  const t = useT();
  const describe = useDescribeFailure();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ created: number; updated: number } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      setResult(await importCatalogue(file));
      onImported();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section-block" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('catalogue.transfer.title')}</h2>
      <p className="form__actions">
        <a className="btn btn--secondary" href="/api/v1/services/export?format=xlsx" download>
          {t('catalogue.export.xlsx')}
        </a>
        <a className="btn btn--secondary" href="/api/v1/services/export?format=csv" download>
          {t('catalogue.export.csv')}
        </a>
      </p>
      {canImport && (
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('catalogue.import.file')}
          </label>
          <div id={`${inputId}-hint`} className="field__hint">
            {t('catalogue.import.hint')}
          </div>
          <div className="row-edit">
            <input
              id={inputId}
              ref={input}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${inputId}-hint`}
            />
            <Button variant="secondary" busy={busy} onClick={() => void upload()}>
              {t('catalogue.import.button')}
            </Button>
          </div>
        </div>
      )}
      {result && (
        <Notice tone="success">
          <p>{t('catalogue.import.done', { created: result.created, updated: result.updated })}</p>
        </Notice>
      )}
      {failure !== null && (
        <Notice tone="error">
          <p>{describe(failure)}</p>
          {failure instanceof ApiError && failure.details.length > 0 && (
            <ul>
              {failure.details.map((d) => (
                <li key={`${d.path}-${d.message}`}>{d.message || d.path}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
    </section>
  );
}
