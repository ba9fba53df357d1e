import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../ids/uuidv7.js';
import {
  ApplicationRegisterV1,
  undeclaredAttachments,
  type ApplicationRegisterV1 as Register,
} from './application-register.js';
import { IncidentReportV1 } from './incident-report.js';
import { VisitArriveV1 } from './visit-arrive.js';
import { VisitFinishV1 } from './visit-finish.js';

const officeId = '0b8f4c7e-1d2a-4f3b-9c8d-7e6f5a4b3c2d';
const hash = 'a'.repeat(64);

function register(overrides: Partial<Register> = {}): Record<string, unknown> {
  return {
    applicationId: uuidv7(),
    visitId: officeId,
    applicantId: officeId,
    serviceId: officeId,
    identity: { kind: 'id_card', number: '000 123 456', unzr: '20000101-00019', rnokpp: '3652504575' },
    documents: [{ name: 'Паспорт', pages: 2, original: true, certified: false }],
    number: { year: 2026, value: 51 },
    registeredAt: '2026-03-02T10:15:00.000+02:00',
    feedbackTokenHash: hash,
    ...overrides,
  };
}

describe('application.register', () => {
  it('accepts a typical registration and normalises the identifiers', () => {
    const parsed = ApplicationRegisterV1.parse(register());
    expect(parsed.identity).toMatchObject({ kind: 'id_card', number: '000123456' });
  });

  it('checks the UNZR and taxpayer number check digits and the passport book format', () => {
    const badUnzr = register({ identity: { kind: 'id_card', number: '000123456', unzr: '20000101-00010' } });
    expect(ApplicationRegisterV1.safeParse(badUnzr).success).toBe(false);
    const badTax = register({
      identity: { kind: 'passport_book', number: 'МЕ123456', rnokpp: '3652504576' },
    });
    expect(ApplicationRegisterV1.safeParse(badTax).success).toBe(false);
    const latinBook = register({ identity: { kind: 'passport_book', number: 'ME 123456' } });
    expect(ApplicationRegisterV1.parse(latinBook).identity.number).toBe('МЕ123456');
  });

  it('needs the certifier of a certified copy and the number of a prepaid receipt', () => {
    const uncertified = register({
      documents: [{ name: 'Копія', pages: 1, original: false, certified: true }],
    });
    expect(ApplicationRegisterV1.safeParse(uncertified).success).toBe(false);
    const receiptless = register({ payment: { method: 'prepaid_receipt', amountKop: 8500 } });
    expect(ApplicationRegisterV1.safeParse(receiptless).success).toBe(false);
    const paid = register({ payment: { method: 'pos_terminal', amountKop: 8500 } });
    expect(ApplicationRegisterV1.safeParse(paid).success).toBe(true);
  });

  it('refuses unknown fields and device ids that are not UUIDv7', () => {
    expect(ApplicationRegisterV1.safeParse({ ...register(), extra: 1 }).success).toBe(false);
    expect(ApplicationRegisterV1.safeParse(register({ applicationId: officeId })).success).toBe(false);
  });

  it('names every referenced file the command does not declare', () => {
    const pdf = uuidv7();
    const signature = uuidv7();
    const payload = ApplicationRegisterV1.parse(
      register({
        documents: [{ name: 'Паспорт', pages: 2, original: true, certified: false, attachmentId: pdf }],
        signatureAttachmentId: signature,
      }),
    );
    const declared = [{ id: pdf, sha256: hash, size: 10, mediaType: 'application/pdf' as const }];
    expect(undeclaredAttachments(payload, declared)).toEqual([signature]);
  });
});

describe('visit.finish', () => {
  const base = { visitId: officeId, finishedAt: '2026-03-02T11:00:00.000+02:00' };

  it('needs a reason exactly when cancelled', () => {
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'completed' }).success).toBe(true);
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'cancelled' }).success).toBe(false);
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'completed', cancelReason: 'absent' }).success).toBe(
      false,
    );
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'cancelled', cancelReason: 'absent' }).success).toBe(
      true,
    );
  });

  it('needs a witness and an act for doubtful capacity', () => {
    const doubtful = { ...base, outcome: 'cancelled', cancelReason: 'doubtful_capacity' };
    expect(VisitFinishV1.safeParse(doubtful).success).toBe(false);
    const full = { ...doubtful, witness: { name: 'Петренко О.' }, capacityAct: 'Заявниця не орієнтується.' };
    expect(VisitFinishV1.safeParse(full).success).toBe(true);
  });

  it('takes services left only for a partly completed visit', () => {
    const followUp = { serviceIds: [officeId] };
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'partly_completed', followUp }).success).toBe(true);
    expect(VisitFinishV1.safeParse({ ...base, outcome: 'completed', followUp }).success).toBe(false);
  });
});

describe('visit.arrive and incident.report', () => {
  it('accept what the field sends and refuse a position off the globe', () => {
    const arrive = { visitId: officeId, arrivedAt: '2026-03-02T10:00:00.000+02:00' };
    expect(VisitArriveV1.safeParse(arrive).success).toBe(true);
    expect(
      VisitArriveV1.safeParse({ ...arrive, position: { lat: 48.5, lon: 34.6, accuracyM: 20 } }).success,
    ).toBe(true);
    expect(VisitArriveV1.safeParse({ ...arrive, position: { lat: 91, lon: 0 } }).success).toBe(false);
    const incident = {
      incidentId: uuidv7(),
      visitId: officeId,
      kind: 'aggression',
      description: 'Погрози адміністраторові.',
      occurredAt: '2026-03-02T10:30:00.000+02:00',
    };
    expect(IncidentReportV1.safeParse(incident).success).toBe(true);
    expect(IncidentReportV1.safeParse({ ...incident, kind: 'weather' }).success).toBe(false);
  });
});
