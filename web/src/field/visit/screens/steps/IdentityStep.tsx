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

/** Identity: the ID card's MRZ (typed or pasted; fills the form) or a passport book; UNZR and RNOKPP checked. */
export function IdentityStep({ data, update }: StepProps) {
  const t = useT();
  const { locale } = useLocale();
  const identity = data.draft.identity;
  const [mrzReasons, setMrzReasons] = useState<readonly IdentifierReason[]>([]);
  const [mrzRead, setMrzRead] = useState(false);
  const [touched, setTouched] = useState(false);
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
    if (filled.ok) {
      setMrzReasons([]);
      setMrzRead(true);
      await update({ ...data.draft, identity: filled.draft });
    } else {
      setMrzRead(false);
      setMrzReasons(filled.reasons);
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
