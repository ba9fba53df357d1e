import { useState } from 'react';
import { describeReason, type IdentifierReason } from '@valiza/domain';
import { formatDate } from '../../../../i18n/format';
import { useLocale, useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Checkbox } from '../../../../ui/Checkbox';
import { Notice } from '../../../../ui/Notice';
import { Select } from '../../../../ui/Select';
import { TextField } from '../../../../ui/TextField';
import { checkIdentity, fillFromMrz, type IdentityDraft, type IdentityField } from '../../identity/identity';
import type { StepProps } from '../StepView';
import { CameraShot } from './CameraShot';

/** What came of reading the MRZ off a picture, shown until the administrator reads the lines. */
type ScanState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; tone: 'success' | 'warn'; message: string; preview: string | null };

/**
 * Identity: the ID card's MRZ (typed, pasted, or read on the device from a photo or scan of the card's
 * back — the administrator compares, corrects and confirms it before it fills the form) or a passport
 * book; UNZR and RNOKPP checked.
 */
export function IdentityStep({ data, update }: StepProps) {
  const t = useT();
  const { locale } = useLocale();
  const identity = data.draft.identity;
  const [mrzReasons, setMrzReasons] = useState<readonly IdentifierReason[]>([]);
  const [mrzRead, setMrzRead] = useState(false);
  const [touched, setTouched] = useState(false);
  const [scan, setScan] = useState<ScanState>({ state: 'idle' });
  const [camera, setCamera] = useState(false);
  const set = (change: Partial<IdentityDraft>) =>
    void update({ ...data.draft, identity: { ...identity, ...change } });
  const checked = checkIdentity(identity);
  const errorOf = (field: IdentityField) => {
    if (!touched || checked.ok) return undefined;
    const reason = checked.errors[field];
    if (!reason) return undefined;
    return reason === 'required' ? t('fieldVisit.required') : describeReason(reason, locale);
  };
  const readMrz = async () => {
    const filled = await fillFromMrz(identity, identity.mrz);
    setScan({ state: 'idle' });
    if (filled.ok) {
      setMrzReasons([]);
      setMrzRead(true);
      await update({ ...data.draft, identity: filled.draft });
    } else {
      setMrzRead(false);
      setMrzReasons(filled.reasons);
    }
  };
  /**
   * Reads the MRZ off a picture into the MRZ field only. The form is filled when the administrator
   * presses "Read the MRZ", after comparing the lines with the card; a failed check shows its reasons.
   */
  const scanPicture = async (file: Blob) => {
    setScan({ state: 'working' });
    setMrzRead(false);
    try {
      const { scanMrz } = await import('../../identity/mrz-scan');
      const read = await scanMrz(file);
      if (!read.text) {
        setScan({
          state: 'done',
          tone: 'warn',
          message: t('fieldVisit.identity.scan.notFound'),
          preview: read.preview,
        });
        return;
      }
      await update({ ...data.draft, identity: { ...identity, mrz: read.text } });
      const checked = await fillFromMrz(identity, read.text);
      setMrzReasons(checked.ok ? [] : checked.reasons);
      const valid = read.valid && checked.ok;
      setScan({
        state: 'done',
        tone: valid ? 'success' : 'warn',
        message: t(valid ? 'fieldVisit.identity.scan.valid' : 'fieldVisit.identity.scan.invalid'),
        preview: read.preview,
      });
    } catch {
      setScan({ state: 'done', tone: 'warn', message: t('fieldVisit.identity.scan.failed'), preview: null });
    }
  };
  return (
    <div onBlur={() => setTouched(true)}>
      <Select
        name="documentKind"
        label={t('fieldVisit.identity.kind')}
        value={identity.documentKind}
        onChange={(value) => set({ documentKind: value === 'passport_book' ? 'passport_book' : 'id_card' })}
        options={[
          { value: 'id_card', label: t('fieldVisit.identity.kind.id_card') },
          { value: 'passport_book', label: t('fieldVisit.identity.kind.passport_book') },
        ]}
      />
      {identity.documentKind === 'id_card' && (
        <>
          <div className="mrz-scan">
            <label className="btn btn--secondary page-capture__file">
              {t('fieldVisit.identity.scan.file')}
              <input
                type="file"
                accept="image/*"
                capture="environment"
                className="visually-hidden"
                aria-label={t('fieldVisit.identity.scan.file')}
                disabled={scan.state === 'working'}
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) void scanPicture(file);
                }}
              />
            </label>
            <Button
              variant="secondary"
              onClick={() => setCamera(true)}
              disabled={scan.state === 'working' || camera}
            >
              {t('fieldVisit.capture.camera')}
            </Button>
            {camera && (
              <CameraShot
                shootLabel={t('fieldVisit.identity.scan.shoot')}
                onShot={(blob) => {
                  setCamera(false);
                  void scanPicture(blob);
                }}
                onClose={() => setCamera(false)}
              />
            )}
            {scan.state === 'working' && <p role="status">{t('fieldVisit.identity.scan.working')}</p>}
            {scan.state === 'done' && scan.preview && (
              <figure className="mrz-scan__preview">
                <img src={scan.preview} alt={t('fieldVisit.identity.scan.preview')} />
              </figure>
            )}
            {scan.state === 'done' && <Notice tone={scan.tone}>{scan.message}</Notice>}
          </div>
          <TextField
            name="mrz"
            label={t('fieldVisit.identity.mrz')}
            hint={t('fieldVisit.identity.mrz.hint')}
            multiline
            rows={3}
            spellCheck={false}
            autoCapitalize="characters"
            value={identity.mrz}
            onChange={(mrz) => set({ mrz })}
            error={
              mrzReasons.length > 0 ? mrzReasons.map((r) => describeReason(r, locale)).join(' ') : undefined
            }
            optional
          />
          <Button variant="secondary" onClick={() => void readMrz()}>
            {t('fieldVisit.identity.mrz.read')}
          </Button>
          {mrzRead && (
            <Notice tone="success">{t('fieldVisit.identity.mrz.ok', { name: identity.latinName })}</Notice>
          )}
        </>
      )}
      <TextField
        name="documentNumber"
        label={t(`fieldVisit.identity.documentNumber.${identity.documentKind}`)}
        value={identity.documentNumber}
        onChange={(documentNumber) => set({ documentNumber })}
        error={errorOf('documentNumber')}
        width="medium"
      />
      {identity.documentKind === 'id_card' && (
        <TextField
          name="unzr"
          label={t('fieldVisit.identity.unzr')}
          value={identity.unzr}
          onChange={(unzr) => set({ unzr })}
          error={errorOf('unzr')}
          inputMode="numeric"
          width="medium"
        />
      )}
      {identity.birthDate && (
        <p>{t('fieldVisit.identity.birthDate', { date: formatDate(identity.birthDate) })}</p>
      )}
      <TextField
        name="rnokpp"
        label={t('fieldVisit.identity.rnokpp')}
        value={identity.rnokpp}
        onChange={(rnokpp) => set({ rnokpp })}
        error={errorOf('rnokpp')}
        inputMode="numeric"
        width="medium"
        optional={identity.noRnokpp}
      />
      <Checkbox
        name="noRnokpp"
        label={t('fieldVisit.identity.noRnokpp')}
        checked={identity.noRnokpp}
        onChange={(noRnokpp) => set({ noRnokpp })}
      />
    </div>
  );
}
