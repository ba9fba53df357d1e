import { useId, useState } from 'react';
import type { ImportResponse } from '@valiza/domain';
import { ApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { importExportFile } from './import-api';

/**
 * The centre's import of a field device's export file (the last resort of the sync protocol): the
 * commands go through the same pipeline as a push, so nothing that already arrived is doubled.
 */
export function ImportPage() {
  const t = useT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState<ImportResponse | null>(null);

  const submit = async () => {
    if (!file) {
      const message = t('field.import.noFile');
      throw new ApiError(400, 'validation.failed', message, [{ path: 'file', code: 'invalid', message }]);
    }
    setResult(null);
    setResult(await importExportFile(file, passphrase));
    setPassphrase('');
  };

  const stored = result?.attachments.filter((a) => a.status === 'stored').length ?? 0;
  const accepted =
    result?.results.filter((r) => r.status === 'applied' || r.status === 'duplicate').length ?? 0;
  const refused =
    result?.results.flatMap((r) => (r.status === 'applied' || r.status === 'duplicate' ? [] : [r])) ?? [];

  return (
    <>
      <PageHeader title={t('field.import.title')} lead={<p>{t('field.import.lead')}</p>} />
      <Form onSubmit={submit} submitLabel={t('field.import.submit')}>
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            {t('field.import.file')}
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            className="input"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <TextField
          name="passphrase"
          label={t('field.import.passphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={setPassphrase}
          width="medium"
        />
      </Form>
      {result && (
        <Notice tone={refused.length > 0 ? 'warn' : 'success'}>
          <p>
            {t('field.import.result', {
              stored,
              refused: result.attachments.length - stored,
              accepted,
              refused2: refused.length,
            })}
          </p>
          {refused.length > 0 && (
            <ul>
              {refused.map((r) => (
                <li key={r.id}>{r.error.message}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
    </>
  );
}
