import { useEffect, useState } from 'react';
import { MIN_EXPORT_PASSPHRASE } from '@valiza/domain';
import { ApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { exportUnsentWork } from '../export-work';
import { outboxCounts } from '../outbox';

/** The page of the centre's office app where an export file is imported. */
export const IMPORT_PAGE = '/sync/import';

/** Last resort: the unsent work saved into an encrypted file, for the centre to import. */
export default function ExportPage() {
  const t = useT();
  const [counts, setCounts] = useState<{ commands: number; files: number } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);

  useEffect(() => {
    void outboxCounts().then((c) => setCounts({ commands: c.waiting + c.needsPerson, files: c.unsentFiles }));
  }, []);
  useEffect(() => () => void (file && URL.revokeObjectURL(file.url)), [file]);

  const refuse = (path: string, message: string) =>
    new ApiError(400, 'field.export_passphrase', message, [{ path, code: 'invalid', message }]);

  const submit = async () => {
    if (passphrase.length < MIN_EXPORT_PASSPHRASE) throw refuse('passphrase', t('field.export.tooShort'));
    if (passphrase !== repeat) throw refuse('passphraseRepeat', t('field.export.mismatch'));
    const made = await exportUnsentWork(passphrase);
    setPassphrase('');
    setRepeat('');
    setFile({ url: URL.createObjectURL(made.blob), name: made.fileName });
  };

  return (
    <>
      <PageHeader title={t('field.export.title')} lead={<p>{t('field.export.lead')}</p>} />
      {counts && (
        <p>
          {counts.commands + counts.files === 0
            ? t('field.export.nothing')
            : t('field.export.count', { commands: counts.commands, files: counts.files })}
        </p>
      )}
      <Form onSubmit={submit} submitLabel={t('field.export.submit')}>
        <TextField
          name="passphrase"
          label={t('field.export.passphrase')}
          hint={t('field.export.passphraseHint')}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={setPassphrase}
          width="medium"
        />
        <TextField
          name="passphraseRepeat"
          label={t('field.export.passphraseRepeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          width="medium"
        />
      </Form>
      {file && (
        <Notice tone="success" title={t('field.export.ready')}>
          <p>
            <a className="btn btn--primary" href={file.url} download={file.name}>
              {t('field.export.download')}
            </a>
          </p>
          <p>
            {t('field.export.importAt')} <a href={IMPORT_PAGE}>{t('field.import.title')}</a>
          </p>
        </Notice>
      )}
    </>
  );
}
