import {
  normaliseIdCardNumber,
  normalisePassportBook,
  normaliseRnokpp,
  normaliseUnzr,
  type IdentifierReason,
} from '@valiza/domain';

/** Which identity document the applicant shows. */
export type IdentityDocumentKind = 'id_card' | 'passport_book';

/** The identity step's draft: what was typed, pasted or read from the MRZ. */
export interface IdentityDraft {
  readonly documentKind: IdentityDocumentKind;
  readonly mrz: string;
  /** ID card: nine digits; passport book: series and number (`МЕ123456`). */
  readonly documentNumber: string;
  readonly unzr: string;
  readonly rnokpp: string;
  readonly birthDate: string;
  readonly expiryDate: string;
  /** Names as the MRZ writes them (Latin), when it was read. */
  readonly latinName: string;
  /** Set when the applicant has no taxpayer number for religious reasons (a passport mark). */
  readonly noRnokpp: boolean;
}

export const EMPTY_IDENTITY: IdentityDraft = {
  documentKind: 'id_card',
  mrz: '',
  documentNumber: '',
  unzr: '',
  rnokpp: '',
  birthDate: '',
  expiryDate: '',
  latinName: '',
  noRnokpp: false,
};

export type IdentityField = 'mrz' | 'documentNumber' | 'unzr' | 'rnokpp';

/** The outcome of reading an MRZ: the draft filled, or the reasons it was refused. */
export type MrzFill =
  { ok: true; draft: IdentityDraft } | { ok: false; reasons: readonly IdentifierReason[] };

/**
 * Reads a typed or pasted ID-card MRZ with the domain's checker (the `mrz` package, loaded only
 * now) and fills the draft from it: document number, UNZR, birth and expiry dates, Latin names.
 */
export async function fillFromMrz(draft: IdentityDraft, text: string, today?: string): Promise<MrzFill> {
  const { parseIdCardMrz } = await import('@valiza/domain/mrz');
  const read = parseIdCardMrz(text, today);
  if (!read.valid) return { ok: false, reasons: read.errors };
  return {
    ok: true,
    draft: {
      ...draft,
      documentKind: 'id_card',
      mrz: text,
      documentNumber: read.documentNumber ?? '',
      unzr: read.unzr ?? '',
      birthDate: read.birthDate ?? '',
      expiryDate: read.expiryDate ?? '',
      latinName: [read.surname, read.givenNames].filter(Boolean).join(' '),
    },
  };
}

/** The normalised identity ready for the command, or the reason of each field that is wrong. */
export type CheckedIdentity =
  | {
      ok: true;
      value: {
        documentKind: IdentityDocumentKind;
        documentNumber: string;
        unzr: string | null;
        rnokpp: string | null;
      };
    }
  | { ok: false; errors: Partial<Record<IdentityField, IdentifierReason | 'required'>> };

/**
 * Checks the identity: the document number for its kind, and the UNZR (required with an ID card)
 * and the taxpayer number (RNOKPP) by their check digits, using the domain's identifier rules.
 */
export function checkIdentity(draft: IdentityDraft): CheckedIdentity {
  const errors: Partial<Record<IdentityField, IdentifierReason | 'required'>> = {};
  const number =
    draft.documentKind === 'id_card'
      ? normaliseIdCardNumber(draft.documentNumber)
      : normalisePassportBook(draft.documentNumber);
  if (!draft.documentNumber.trim()) errors.documentNumber = 'required';
  else if (!number.ok) errors.documentNumber = number.reason;
  let unzr: string | null = null;
  if (draft.unzr.trim()) {
    const checked = normaliseUnzr(draft.unzr);
    if (checked.ok) unzr = checked.value;
    else errors.unzr = checked.reason;
  } else if (draft.documentKind === 'id_card') errors.unzr = 'required';
  let rnokpp: string | null = null;
  if (draft.rnokpp.trim()) {
    const checked = normaliseRnokpp(draft.rnokpp);
    if (checked.ok) rnokpp = checked.value;
    else errors.rnokpp = checked.reason;
  } else if (!draft.noRnokpp) errors.rnokpp = 'required';
  if (Object.keys(errors).length > 0 || !number.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { documentKind: draft.documentKind, documentNumber: number.value, unzr, rnokpp },
  };
}
