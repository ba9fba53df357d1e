import type { FieldPosition, PaymentMethod, VisitCancelReason, VisitOutcome } from '@valiza/domain';
import type { PageEdit } from '../capture/page-edit';
import type { Signature } from '../form/signature';
import { EMPTY_IDENTITY, type IdentityDraft } from '../identity/identity';
import { hryvniaText } from '../payment/payment';

/** A captured page kept with the draft: its compressed file is stored apart (see draft-store). */
export interface DraftPage {
  readonly fileId: string;
  readonly width: number;
  readonly height: number;
  readonly size: number;
  readonly edit: PageEdit;
}

/** One document of a service's checklist as handled at the visit. */
export interface DraftDocument {
  /** The catalogue's document id, or a local id for a document added on the spot. */
  readonly key: string;
  readonly name: string;
  readonly catalogueDocumentId: string | null;
  /** The applicant has it: it is accepted (captured), else it is missing. */
  readonly present: boolean;
  readonly original: boolean;
  readonly certified: boolean;
  readonly pages: readonly DraftPage[];
}

export interface DraftPayment {
  readonly method: PaymentMethod | '';
  /** Hryvnias as typed (`150,00`); kopiyky are computed when the command is built. */
  readonly amount: string;
  readonly receiptNumber: string;
}

/** One service of the visit: one application, one logbook number. */
export interface DraftService {
  readonly serviceId: string;
  readonly name: string;
  readonly documents: readonly DraftDocument[];
  readonly payment: DraftPayment;
  /** Whether it is delivered at this visit (a partly completed visit leaves some out). */
  readonly included: boolean;
  /** The catalogue's fee in kopiyky: 0 for a free service, null when the catalogue is not on the device. */
  readonly feeKop: number | null;
}

/** What registration produced for one service, kept for the confirmation and its reprint. */
export interface DraftApplication {
  readonly serviceId: string;
  readonly applicationId: string;
  readonly commandId: string;
  readonly year: number;
  readonly value: number;
  readonly printedNumber: string;
  /** The one-time token stays on the device, printed only; the server receives its hash. */
  readonly feedbackToken: string;
  readonly registeredAt: string;
  readonly documents: readonly { name: string; pages: number; original: boolean; certified: boolean }[];
}

export interface DraftOutcome {
  readonly outcome: VisitOutcome | '';
  readonly cancelReason: VisitCancelReason | '';
  readonly note: string;
  readonly witnessName: string;
  readonly witnessRole: string;
  readonly capacityAct: string;
  readonly incidentDescription: string;
  readonly followUpServiceIds: readonly string[];
}

/** The steps of a visit, in order. */
export const VISIT_STEPS = [
  'arrival',
  'notice',
  'identity',
  'documents',
  'payment',
  'form',
  'register',
  'confirmation',
  'outcome',
  'finished',
] as const;
export type VisitStep = (typeof VISIT_STEPS)[number];

/**
 * Everything a visit has collected so far. It is saved (sealed) after every change, so a reload, a
 * browser restart or a flat battery loses nothing; commands are enqueued when a step is finished.
 */
export interface VisitDraft {
  readonly visitId: string;
  readonly step: VisitStep;
  readonly arrival: {
    readonly at: string;
    readonly position: FieldPosition | null;
    readonly commandId: string;
  } | null;
  readonly noticeGiven: boolean;
  readonly identity: IdentityDraft;
  readonly services: readonly DraftService[];
  readonly signature: Signature | null;
  readonly applications: readonly DraftApplication[];
  readonly outcome: DraftOutcome;
  readonly finishCommandId: string | null;
  /**
   * An application being registered: its ids, number and token are saved before its command is
   * stored, so a retry after a crash reuses them (and finds the command already in the outbox).
   */
  readonly pendingApplication?: {
    readonly application: DraftApplication;
    readonly documentAttachments: readonly (readonly [string, string])[];
    readonly signatureAttachmentId: string;
  };
  /** The id of the incident report (aggression), made with the finish command's id. */
  readonly incidentId?: string;
}

export const EMPTY_OUTCOME: DraftOutcome = {
  outcome: '',
  cancelReason: '',
  note: '',
  witnessName: '',
  witnessRole: '',
  capacityAct: '',
  incidentDescription: '',
  followUpServiceIds: [],
};

/** A fresh draft for a visit of the plan, its services' checklists filled from the catalogue. */
export function newDraft(
  visitId: string,
  services: readonly {
    serviceId: string;
    name: string;
    documents: readonly { id: string | null; name: string; form?: 'original' | 'copy' }[];
    paymentMethod?: string | null;
    feeKop?: number | null;
  }[],
): VisitDraft {
  return {
    visitId,
    step: 'arrival',
    arrival: null,
    noticeGiven: false,
    identity: EMPTY_IDENTITY,
    services: services.map((s) => ({
      serviceId: s.serviceId,
      name: s.name,
      included: true,
      feeKop: s.feeKop ?? null,
      payment: {
        method:
          (['prepaid_receipt', 'fast_pay', 'pos_terminal'] as const).find((m) => m === s.paymentMethod) ?? '',
        amount: s.feeKop ? hryvniaText(s.feeKop) : '',
        receiptNumber: '',
      },
      documents: s.documents.map((d, index) => ({
        key: d.id ?? `${s.serviceId}:${index}`,
        name: d.name,
        catalogueDocumentId: d.id,
        present: true,
        original: d.form === 'original',
        certified: false,
        pages: [],
      })),
    })),
    signature: null,
    applications: [],
    outcome: EMPTY_OUTCOME,
    finishCommandId: null,
  };
}
