import { formatMoney } from '../../../../i18n/format';
import { useLocale, useT } from '../../../../i18n/i18n-context';
import { Select } from '../../../../ui/Select';
import { TextField } from '../../../../ui/TextField';
import { includedServices } from '../../flow/visit-flow';
import type { DraftPayment } from '../../flow/visit-draft';
import { checkPayment, PAYMENT_METHODS } from '../../payment/payment';
import type { StepProps } from '../StepView';

/** Payment of each paid service: method, amount (from the catalogue, in hryvnias) and receipt number. */
export function PaymentStep({ data, update }: StepProps) {
  const t = useT();
  const { locale } = useLocale();
  const { draft } = data;
  const setPayment = (serviceId: string, change: Partial<DraftPayment>) =>
    void update({
      ...draft,
      services: draft.services.map((s) =>
        s.serviceId === serviceId ? { ...s, payment: { ...s.payment, ...change } } : s,
      ),
    });
  return (
    <>
      {includedServices(draft).map((service) => {
        if (service.feeKop === 0)
          return <p key={service.serviceId}>{t('fieldVisit.payment.free', { name: service.name })}</p>;
        const checked = checkPayment(service);
        const problem =
          !checked.ok && (service.payment.method || service.payment.amount) ? checked.problem : null;
        return (
          <fieldset key={service.serviceId} className="field-visit-fieldset">
            <legend>
              {service.feeKop
                ? t('fieldVisit.payment.service', {
                    name: service.name,
                    amount: formatMoney(service.feeKop, locale),
                  })
                : service.name}
            </legend>
            <Select
              name={`method-${service.serviceId}`}
              label={t('fieldVisit.payment.method')}
              value={service.payment.method}
              emptyOption={t('fieldVisit.payment.method')}
              onChange={(method) =>
                setPayment(service.serviceId, { method: PAYMENT_METHODS.find((m) => m === method) ?? '' })
              }
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`fieldVisit.payment.method.${m}`) }))}
              error={problem === 'method' ? t('fieldVisit.payment.problem.method') : undefined}
            />
            <TextField
              name={`amount-${service.serviceId}`}
              label={t('fieldVisit.payment.amount')}
              value={service.payment.amount}
              onChange={(amount) => setPayment(service.serviceId, { amount })}
              inputMode="decimal"
              width="short"
              error={problem === 'amount' ? t('fieldVisit.payment.problem.amount') : undefined}
            />
            <TextField
              name={`receipt-${service.serviceId}`}
              label={t('fieldVisit.payment.receipt')}
              value={service.payment.receiptNumber}
              onChange={(receiptNumber) => setPayment(service.serviceId, { receiptNumber })}
              optional={service.payment.method !== 'prepaid_receipt'}
              width="medium"
              error={problem === 'receiptNumber' ? t('fieldVisit.payment.problem.receiptNumber') : undefined}
            />
          </fieldset>
        );
      })}
    </>
  );
}
