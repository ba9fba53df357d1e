import { describe, expect, it } from 'vitest';
import { checkPayment, parseHryvnia } from './payment';

describe('payment', () => {
  it('reads hryvnias as people type them, into kopiyky', () => {
    expect(parseHryvnia('150')).toBe(15_000);
    expect(parseHryvnia('150,5')).toBe(15_050);
    expect(parseHryvnia('1 500.05 грн')).toBe(150_005);
    expect(parseHryvnia('abc')).toBeNull();
  });

  it('asks for a receipt number with a prepaid receipt, and nothing for a free service', () => {
    const payment = { method: 'prepaid_receipt' as const, amount: '349,00', receiptNumber: '' };
    expect(checkPayment({ feeKop: 34_900, payment })).toEqual({ ok: false, problem: 'receiptNumber' });
    expect(checkPayment({ feeKop: 34_900, payment: { ...payment, receiptNumber: 'R-17' } })).toEqual({
      ok: true,
      value: { method: 'prepaid_receipt', amountKop: 34_900, receiptNumber: 'R-17' },
    });
    expect(checkPayment({ feeKop: 0, payment: { method: '', amount: '', receiptNumber: '' } })).toEqual({
      ok: true,
      value: null,
    });
  });
});
