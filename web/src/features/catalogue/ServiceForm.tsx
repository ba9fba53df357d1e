import { Service } from '@valiza/domain';
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { hasCode } from '../../api/errors';
import { useLocale, useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { DocumentsEditor } from './DocumentsEditor';
import { serviceBody, serviceDraft, type ServiceDraft } from './service-draft';

const CODE_FIELDS = { 'catalogue.code_taken': 'code' };

/** Adding a service or changing one; a change carries the version read, a stale one reloads. */
export function ServiceForm({ service, onSaved }: { service?: Service; onSaved: (s: Service) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const counter = useRef(0);
  const [current, setCurrent] = useState(service);
  const [draft, setDraft] = useState<ServiceDraft>(() => serviceDraft(service));
  const [reloaded, setReloaded] = useState(false);
  const set =
    <K extends keyof ServiceDraft>(key: K) =>
    (value: ServiceDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const text = (
    key: 'code' | 'name' | 'nameEn' | 'provider' | 'recipient' | 'iban' | 'recipientCode' | 'purpose',
    name: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField name={name} label={t(`catalogue.${key}`)} value={draft[key]} onChange={set(key)} {...extra} />
  );

  const submit = async () => {
    const body = serviceBody(draft, locale, t('catalogue.fee.amount.invalid'));
    if (!current) return onSaved(await api.post('/api/v1/services', body, Service));
    try {
      onSaved(
        await api.put(`/api/v1/services/${current.id}`, { ...body, version: current.version }, Service),
      );
    } catch (error) {
      if (!hasCode(error, 'conflict')) throw error;
      const fresh = await api.get(`/api/v1/services/${current.id}`, Service);
      setCurrent(fresh);
      setDraft(serviceDraft(fresh));
      setReloaded(true);
    }
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={current ? t('common.save') : t('catalogue.add')}
      codeFields={CODE_FIELDS}
      actions={<LinkButton to="/services">{t('common.cancel')}</LinkButton>}
    >
      {reloaded && (
        <Notice tone="warn">
          <p>{t('catalogue.reloaded')}</p>
        </Notice>
      )}
      {text('code', 'code', { hint: t('catalogue.code.hint'), width: 'medium', spellCheck: false })}
      {text('name', 'name')}
      {text('nameEn', 'nameEn', { optional: true })}
      {text('provider', 'provider', { hint: t('catalogue.provider.hint') })}
      <Checkbox
        name="fieldDeliverable"
        label={t('catalogue.fieldDeliverable')}
        hint={t('catalogue.fieldDeliverable.hint')}
        checked={draft.fieldDeliverable}
        onChange={set('fieldDeliverable')}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('catalogue.fee')}</legend>
        <Select
          name="fee.kind"
          label={t('catalogue.fee.kind')}
          value={draft.feeKind}
          onChange={(v) => set('feeKind')(v as 'free' | 'paid')}
          options={[
            { value: 'free', label: t('catalogue.fee.free') },
            { value: 'paid', label: t('catalogue.fee.paid') },
          ]}
        />
        {draft.feeKind === 'paid' && (
          <>
            <TextField
              name="fee.amountKopiyky"
              label={t('catalogue.fee.amount')}
              hint={t('catalogue.fee.amount.hint')}
              inputMode="decimal"
              width="short"
              value={draft.amount}
              onChange={set('amount')}
            />
            {text('recipient', 'fee.recipient')}
            {text('iban', 'fee.iban', { hint: t('catalogue.iban.hint'), spellCheck: false })}
            {text('recipientCode', 'fee.recipientCode', {
              hint: t('catalogue.recipientCode.hint'),
              width: 'medium',
              inputMode: 'numeric',
            })}
            {text('purpose', 'fee.purpose')}
          </>
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('catalogue.term')}</legend>
        <TextField
          name="termDays"
          label={t('catalogue.termDays')}
          hint={t('catalogue.termDays.hint')}
          inputMode="numeric"
          width="short"
          optional
          value={draft.termDays}
          onChange={set('termDays')}
        />
        <Select
          name="termKind"
          label={t('catalogue.termKind')}
          value={draft.termKind}
          onChange={(v) => set('termKind')(v as ServiceDraft['termKind'])}
          options={(['calendar', 'working', 'law'] as const).map((k) => ({
            value: k,
            label: t(`catalogue.termKind.${k}`),
          }))}
        />
      </fieldset>
      <DocumentsEditor
        value={draft.documents}
        onChange={set('documents')}
        nextKey={() => (counter.current += 1)}
      />
      <TextField
        name="estimatedMinutes"
        label={t('catalogue.minutes')}
        hint={t('catalogue.minutes.hint')}
        inputMode="numeric"
        width="short"
        value={draft.minutes}
        onChange={set('minutes')}
      />
      <Checkbox
        name="demonstration"
        label={t('catalogue.demonstration')}
        hint={t('catalogue.demonstration.hint')}
        checked={draft.demonstration}
        onChange={set('demonstration')}
      />
      <Checkbox name="active" label={t('catalogue.active')} checked={draft.active} onChange={set('active')} />
    </Form>
  );
}
