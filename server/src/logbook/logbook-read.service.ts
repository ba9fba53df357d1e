import {
  civilDateIn,
  problem,
  type LogbookDashboard,
  type LogbookEntry,
  type LogbookListQuery,
  type LogbookPage,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { chainPending } from './logbook-ingest.js';
import {
  applicantPhones,
  correctionsOf,
  countWhere,
  dueToForward,
  entryDetails,
  listLines,
  numberOf,
  overdueAtProvider,
} from './logbook-list.repository.js';
import { LOGBOOK_READERS } from './logbook-policy.js';
import {
  presentDocuments,
  presentEvent,
  presentLine,
  presentPayment,
  presentRepresentative,
} from './logbook.presenter.js';
import { eventsOf } from './logbook.repository.js';

function encodeCursor(receivedAt: Date, id: string): string {
  return Buffer.from(`${receivedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!receivedAt || !id || Number.isNaN(Date.parse(receivedAt)) || !/^[0-9a-f-]{36}$/.test(id))
    throw problem('validation.failed', { details: [{ path: 'cursor', code: 'invalid' }] });
  return { receivedAt, id };
}

/** A page of the centre's logbook with filters; newest receipt first. */
export async function listLogbook(
  db: Db,
  actor: Actor,
  query: LogbookListQuery,
  now = new Date(),
): Promise<LogbookPage> {
  const centreId = centreOf(actor, ...LOGBOOK_READERS);
  await chainPending(db, centreId);
  const today = civilDateIn(now);
  const rows = await listLines(
    db,
    centreId,
    { ...query, today, after: query.cursor ? decodeCursor(query.cursor) : undefined },
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentLine(row, today)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.receivedAt, last.id) : null,
  };
}

/** One application with its events; opening it is recorded in the audit trail. */
export async function logbookEntry(
  db: Db,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<LogbookEntry> {
  const centreId = centreOf(actor, ...LOGBOOK_READERS);
  await chainPending(db, centreId);
  const details = await entryDetails(db, id);
  if (!details || details.centreId !== centreId) throw problem('not_found');
  const entry = await loadEntry(db, centreId, id, now);
  await recordView(db, actor, { type: 'application', id, centreId });
  return entry;
}

/** The entry as the API shows it (also the answer of every recorded step). */
export async function loadEntry(
  db: Db,
  centreId: string,
  id: string,
  now = new Date(),
): Promise<LogbookEntry> {
  const today = civilDateIn(now);
  const [line] = await listLines(db, centreId, { ids: [id], today }, 1);
  const details = await entryDetails(db, id);
  if (!line || !details) throw problem('not_found');
  const [phones, events, corrections, correctsNumber] = await Promise.all([
    applicantPhones(db, details.applicantId),
    eventsOf(db, [id]),
    correctionsOf(db, id),
    line.correctsId ? numberOf(db, line.correctsId) : null,
  ]);
  const reviews = events.filter((e) => e.kind === 'refusal_review');
  const review = reviews.at(-1)?.content as { justified?: boolean; actions?: string } | undefined;
  return {
    ...presentLine(line, today),
    registeredAt: details.registeredAt.toISOString(),
    applicantPhones: phones,
    representative: presentRepresentative(details.representative),
    documents: presentDocuments(details.documents),
    payment: presentPayment(details.payment),
    requestId: details.requestId,
    refusalReview:
      review && typeof review.justified === 'boolean'
        ? { justified: review.justified, actions: review.actions ?? '' }
        : null,
    events: events.map(presentEvent),
    correctedBy: corrections,
    corrects:
      line.correctsId && correctsNumber
        ? { id: line.correctsId, number: correctsNumber, reason: details.correctionReason }
        : null,
  };
}

const DASHBOARD_LIMIT = 200;

/** The morning view for the centre: due to forward today, overdue to forward, overdue at providers. */
export async function logbookDashboard(db: Db, actor: Actor, now = new Date()): Promise<LogbookDashboard> {
  const centreId = centreOf(actor, ...LOGBOOK_READERS);
  return dashboardOf(db, centreId, now);
}

export async function dashboardOf(db: Db, centreId: string, now = new Date()): Promise<LogbookDashboard> {
  await chainPending(db, centreId);
  const today = civilDateIn(now);
  const due = await dueToForward(db, centreId, today, DASHBOARD_LIMIT);
  const atProvider = await overdueAtProvider(db, centreId, today, DASHBOARD_LIMIT);
  return {
    today,
    dueToday: due.filter((r) => r.forwardBy === today).map((r) => presentLine(r, today)),
    overdueForward: due.filter((r) => r.forwardBy < today).map((r) => presentLine(r, today)),
    overdueProvider: atProvider.map((r) => presentLine(r, today)),
    resultsToDeliver: await countWhere(db, centreId, 'to_deliver'),
    refusalsToReview: await countWhere(db, centreId, 'to_review'),
  };
}
