import type { MissingItem } from '../contracts/requests.js';
import type { Localised } from '../i18n/locale.js';

/**
 * What a request must hold before it can be found eligible, so that nothing the visit needs is left
 * out. A request from the public form arrives without most of it; the operator calls back and fills
 * it in.
 */
export const MISSING_ITEMS = [
  'birth_date',
  'category',
  'evidence',
  'place',
  'services',
  'checklist',
  'payment_method',
  'caller_identification',
  'liability_warning',
  'personal_data_notice',
] as const;

export const MISSING_ITEM_TEXTS: Record<MissingItem, Localised> = {
  birth_date: { uk: 'Дата народження заявника', en: "The applicant's birth date" },
  category: { uk: 'Категорія заявника', en: "The applicant's category" },
  evidence: { uk: 'Чим підтверджено категорію', en: 'What proves the category' },
  place: { uk: 'Місце візиту з повною адресою', en: 'The place of the visit with a full address' },
  services: { uk: 'Хоча б одна послуга', en: 'At least one service' },
  checklist: {
    uk: 'Перелік документів зачитано для кожної послуги',
    en: 'The document list read out for every service',
  },
  payment_method: {
    uk: 'Спосіб оплати для платних послуг',
    en: 'The payment method for services with a fee',
  },
  caller_identification: {
    uk: 'Як ідентифіковано особу, що телефонує',
    en: 'How the caller was identified',
  },
  liability_warning: {
    uk: 'Попередження про відповідальність за неправдиві відомості',
    en: 'The warning about liability for false information',
  },
  personal_data_notice: {
    uk: 'Повідомлення про обробку персональних даних',
    en: 'The personal-data notice',
  },
};

export interface CompletenessFacts {
  readonly channel: string;
  readonly birthDate: string | null;
  readonly category: string | null;
  readonly evidence: string | null;
  readonly placeComplete: boolean;
  readonly services: readonly {
    readonly checklistReadOut: boolean;
    readonly paid: boolean;
    readonly paymentMethod: string | null;
  }[];
  readonly callerIdentified: boolean;
  /** Warnings count only when an operator gave them; ticks on the public form are not enough. */
  readonly liabilityWarnedByOperator: boolean;
  readonly dataNoticeByOperator: boolean;
}

/** What is still missing before the request can be found eligible (empty when complete). */
export function missingForEligibility(f: CompletenessFacts): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!f.birthDate) missing.push('birth_date');
  if (!f.category) missing.push('category');
  if (!f.evidence) missing.push('evidence');
  if (!f.placeComplete) missing.push('place');
  if (f.services.length === 0) missing.push('services');
  if (f.services.some((s) => !s.checklistReadOut)) missing.push('checklist');
  if (f.services.some((s) => s.paid && !s.paymentMethod)) missing.push('payment_method');
  if (f.channel === 'phone' && !f.callerIdentified) missing.push('caller_identification');
  if (!f.liabilityWarnedByOperator) missing.push('liability_warning');
  if (!f.dataNoticeByOperator) missing.push('personal_data_notice');
  return missing;
}
