import {
  forwardedLate,
  overdueOf,
  type IsoDate,
  type LogbookEntry,
  type LogbookEvent,
  type LogbookLine,
} from '@valiza/domain';
import type { EventRow } from './logbook.repository.js';
import type { LineRow } from './logbook-list.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A logbook line with what is overdue on `today`. */
export function presentLine(row: LineRow, today: IsoDate): LogbookLine {
  const deadlines = { forwardBy: row.forwardBy, providerDue: row.providerDue };
  return {
    id: row.id,
    number: row.number,
    receivedAt: row.receivedAt.toISOString(),
    place: row.place,
    serviceName: row.serviceName,
    provider: row.provider,
    administratorName: row.administratorName,
    applicantName: row.applicantName,
    status: row.status,
    decision: row.decision,
    forwardBy: row.forwardBy,
    providerDue: row.providerDue,
    forwardedAt: iso(row.forwardedAt),
    decidedAt: iso(row.decidedAt),
    resultReceivedAt: iso(row.resultReceivedAt),
    deliveredAt: iso(row.deliveredAt),
    deliveryMethod: row.deliveryMethod,
    // A corrected entry is no longer worked on: its correction carries the deadlines.
    overdue:
      row.status === 'corrected'
        ? null
        : overdueOf({ forwardedAt: row.forwardedAt, decidedAt: row.decidedAt }, deadlines, today),
    forwardedLate: forwardedLate(row.forwardedAt, row.forwardBy),
    correctsId: row.correctsId,
  };
}

export function presentEvent(row: EventRow): LogbookEvent {
  return {
    id: row.id,
    kind: row.kind as LogbookEvent['kind'],
    content: row.content as Record<string, unknown>,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    recordedByName: row.recorded_by_name,
    correctsId: row.corrects_id,
  };
}

interface StoredDocument {
  name?: unknown;
  pages?: unknown;
  original?: unknown;
  certified?: unknown;
}

/** The documents as registered by the field; anything unexpected is shown plainly, never dropped. */
export function presentDocuments(documents: unknown): LogbookEntry['documents'] {
  if (!Array.isArray(documents)) return [];
  return (documents as StoredDocument[]).map((d) => ({
    name: typeof d.name === 'string' ? d.name : '',
    pages: typeof d.pages === 'number' ? d.pages : null,
    original: d.original === true,
    certified: d.certified === true,
  }));
}

export function presentRepresentative(value: unknown): LogbookEntry['representative'] {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  // The field app calls the relation `role` ("син", "сусідка").
  return { name: text(r.name) ?? '', relation: text(r.relation) ?? text(r.role), phone: text(r.phone) };
}

export function presentPayment(value: unknown): LogbookEntry['payment'] {
  if (!value || typeof value !== 'object') return null;
  const p = value as Record<string, unknown>;
  return {
    method: typeof p.method === 'string' ? p.method : '',
    amountKop: typeof p.amountKop === 'number' ? p.amountKop : null,
    receiptNumber: typeof p.receiptNumber === 'string' ? p.receiptNumber : null,
  };
}
