import type { PaymentMethod, Service } from '@valiza/domain';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatMoney } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { serviceName } from './intake-api';
import type { ServiceDraft } from './intake-draft';
import type { SectionProps } from './section-props';

const PAYMENTS: PaymentMethod[] = ['prepaid_receipt', 'fast_pay', 'pos_terminal'];

/**
 * The services asked for. For each, the operator reads the document list out and ticks every document
 * the caller confirms is at hand; a service with a fee needs a payment method.
 */
export function ServicesSection({ draft, set, services }: SectionProps & { services: readonly Service[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [adding, setAdding] = useState('');
  const offered = services.filter((s) => s.active && s.fieldDeliverable);
  const chosen = draft.services;
  const setList = (list: ServiceDraft[]) => set('services', list);
  const change = (index: number, patch: Partial<ServiceDraft>) =>
    setList(chosen.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const add = (serviceId: string) => {
    if (!serviceId || chosen.some((s) => s.serviceId === serviceId)) return;
    setList([...chosen, { serviceId, checklistReadOut: false, documentsAtHand: [], paymentMethod: '' }]);
    setAdding('');
  };

  return (
    <fieldset className="fieldset" id="services">
      <legend className="fieldset__legend">{t('intake.section.services')}</legend>
      {chosen.map((item, index) => {
        const service = services.find((s) => s.id === item.serviceId);
        if (!service) return null;
        const name = serviceName(service, locale);
        const allAtHand = service.documents.every((d) => item.documentsAtHand.includes(d.id));
        return (
          <div key={item.serviceId} className="checklist" role="group" aria-label={name}>
            <p className="checklist__title">
              {name}
              {service.fee.kind === 'paid' && ` — ${formatMoney(service.fee.amountKopiyky, locale)}`}
            </p>
            <p className="field__hint">{t('intake.services.readOut.hint')}</p>
            {service.documents.map((doc) => (
              <Checkbox
                key={doc.id}
                name={`services.${index}.documentsAtHand.${doc.id}`}
                label={`${doc.name} (${t(`catalogue.form.${doc.form}`)})`}
                hint={doc.note ?? undefined}
                checked={item.documentsAtHand.includes(doc.id)}
                onChange={(on) =>
                  change(index, {
                    documentsAtHand: on
                      ? [...item.documentsAtHand, doc.id]
                      : item.documentsAtHand.filter((id) => id !== doc.id),
                  })
                }
              />
            ))}
            {!allAtHand && item.documentsAtHand.length > 0 && (
              <p className="field__hint">{t('intake.services.notAllAtHand')}</p>
            )}
            <Checkbox
              name={`services.${index}.checklistReadOut`}
              label={t('intake.services.readOut')}
              checked={item.checklistReadOut}
              onChange={(checklistReadOut) => change(index, { checklistReadOut })}
            />
            {service.fee.kind === 'paid' && (
              <Select
                name={`services.${index}.paymentMethod`}
                label={t('intake.services.payment')}
                value={item.paymentMethod}
                onChange={(v) => change(index, { paymentMethod: v as PaymentMethod })}
                emptyOption={t('common.choose')}
                options={PAYMENTS.map((p) => ({ value: p, label: t(`requests.payment.${p}`) }))}
              />
            )}
            <Button variant="secondary" onClick={() => setList(chosen.filter((_, i) => i !== index))}>
              {t('common.remove')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          </div>
        );
      })}
      <div className="row-edit">
        <div className="row-edit__grow">
          <Select
            name="services"
            label={chosen.length ? t('intake.services.addAnother') : t('intake.services.add')}
            value={adding}
            onChange={setAdding}
            emptyOption={t('common.choose')}
            options={offered
              .filter((s) => !chosen.some((c) => c.serviceId === s.id))
              .map((s) => ({ value: s.id, label: serviceName(s, locale) }))}
          />
        </div>
        <Button variant="secondary" onClick={() => add(adding)}>
          {t('intake.services.addButton')}
        </Button>
      </div>
    </fieldset>
  );
}
