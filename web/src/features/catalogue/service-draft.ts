import { ServiceBody, type Locale, type Service } from '@valiza/domain';
import { parseDecimal, textOrNull } from '../../i18n/parse';
import { fieldProblem, validate } from '../../ui/validate';
import type { DocumentDraft } from './DocumentsEditor';

/** The service form as typed. */
export interface ServiceDraft {
  code: string;
  name: string;
  nameEn: string;
  provider: string;
  fieldDeliverable: boolean;
  feeKind: 'free' | 'paid';
  amount: string;
  recipient: string;
  iban: string;
  recipientCode: string;
  purpose: string;
  termDays: string;
  termKind: 'working' | 'calendar' | 'law';
  documents: DocumentDraft[];
  minutes: string;
  demonstration: boolean;
  active: boolean;
}

/** The form for a service (or an empty one for a new service). */
export function serviceDraft(s?: Service): ServiceDraft {
  const paid = s?.fee.kind === 'paid' ? s.fee : null;
  return {
    code: s?.code ?? '',
    name: s?.name ?? '',
    nameEn: s?.nameEn ?? '',
    provider: s?.provider ?? '',
    fieldDeliverable: s?.fieldDeliverable ?? true,
    feeKind: paid ? 'paid' : 'free',
    amount: paid ? (paid.amountKopiyky / 100).toFixed(2).replace('.', ',') : '',
    recipient: paid?.recipient ?? '',
    iban: paid?.iban ?? '',
    recipientCode: paid?.recipientCode ?? '',
    purpose: paid?.purpose ?? '',
    termDays: s?.termDays ? String(s.termDays) : '',
    termKind: s?.termKind ?? 'calendar',
    documents: (s?.documents ?? []).map((d, i) => ({
      key: -1 - i,
      id: d.id,
      name: d.name,
      form: d.form,
      note: d.note ?? '',
    })),
    minutes: s ? String(s.estimatedMinutes) : '20',
    demonstration: s?.demonstration ?? false,
    active: s?.active ?? true,
  };
}

const wholeNumber = (value: string) =>
  /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim() === '' ? null : Number.NaN;

/** Checks the form with the server's contract and gives the body to send. */
export function serviceBody(d: ServiceDraft, locale: Locale, amountInvalid: string): ServiceBody {
  const amount = parseDecimal(d.amount);
  if (d.feeKind === 'paid' && (amount === null || Number.isNaN(amount)))
    throw fieldProblem('fee.amountKopiyky', amountInvalid, locale);
  return validate(
    ServiceBody,
    {
      code: d.code,
      name: d.name,
      nameEn: textOrNull(d.nameEn),
      provider: d.provider,
      fieldDeliverable: d.fieldDeliverable,
      fee:
        d.feeKind === 'free'
          ? { kind: 'free' }
          : {
              kind: 'paid',
              amountKopiyky: Math.round((amount ?? 0) * 100),
              recipient: d.recipient,
              iban: d.iban,
              recipientCode: d.recipientCode,
              purpose: d.purpose,
            },
      termDays: wholeNumber(d.termDays),
      termKind: d.termKind,
      documents: d.documents.map((doc) => ({
        id: doc.id,
        name: doc.name,
        form: doc.form,
        note: textOrNull(doc.note),
      })),
      estimatedMinutes: wholeNumber(d.minutes),
      demonstration: d.demonstration,
      active: d.active,
    },
    locale,
  );
}
