import { FieldPayment, type PaymentMethod } from '@valiza/domain';
import type { DraftPayment, DraftService } from '../flow/visit-draft';

/** The ways a fee is paid at a visit, in the order the form offers them. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['prepaid_receipt', 'fast_pay', 'pos_terminal'];

/** Kopiyky as the amount field shows them: `150,00`. */
export function hryvniaText(kopiyky: number): string {
  return `${Math.floor(kopiyky / 100)},${String(kopiyky % 100).padStart(2, '0')}`;
}

/** Hryvnias as typed (`150`, `150,5`, `150.50`, `1 500,00`) in kopiyky, or null when it is not an amount. */
export function parseHryvnia(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(
    text.replace(/[\s\u00a0]/g, '').replace(/(грн|uah)\.?$/i, ''),
  );
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export type PaymentProblem = 'method' | 'amount' | 'receiptNumber';

/** The payment as the command carries it (null for a free service), or which field is wrong. */
export function checkPayment(
  service: Pick<DraftService, 'feeKop'> & { payment: DraftPayment },
): { ok: true; value: FieldPayment | null } | { ok: false; problem: PaymentProblem } {
  const { payment, feeKop } = service;
  if (feeKop === 0 || (feeKop === null && payment.method === '' && payment.amount.trim() === '')) {
    return { ok: true, value: null };
  }
  if (payment.method === '') return { ok: false, problem: 'method' };
  const amountKop = parseHryvnia(payment.amount);
  if (amountKop === null || amountKop < 1) return { ok: false, problem: 'amount' };
  const receiptNumber = payment.receiptNumber.trim() || null;
  const parsed = FieldPayment.safeParse({ method: payment.method, amountKop, receiptNumber });
  if (!parsed.success) return { ok: false, problem: 'receiptNumber' };
  return { ok: true, value: parsed.data };
}
