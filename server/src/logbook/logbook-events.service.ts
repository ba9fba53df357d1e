import {
  checkEvent,
  foldEntry,
  formatDateTime,
  problem,
  uuidv7,
  type DecisionBody,
  type DeliveryAnswer,
  type DeliveryBody,
  type EventCorrectionBody,
  type ForwardBody,
  type LogbookEntry,
  type LogbookEventKind,
  type RefusalReviewBody,
  type ResultBody,
  type Role,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { correctionOf } from './application.repository.js';
import { eventContentHash, type EventContent } from './chain.js';
import { appendLinks, lockHead } from './chain.repository.js';
import { chainPending } from './logbook-ingest.js';
import { LOGBOOK_WRITERS } from './logbook-policy.js';
import { loadEntry } from './logbook-read.service.js';
import { eventsOf, findEvent, insertEvent, lockEntry, toFact, updateStatus } from './logbook.repository.js';
import { queueResultReadySms } from './logbook-sms.repository.js';
import { requestRepeatVisit } from './repeat-visit.js';

type Locked = NonNullable<Awaited<ReturnType<typeof lockEntry>>>;

interface Append {
  kind: LogbookEventKind;
  occurredAt: Date;
  content: Record<string, unknown>;
  correctsId?: string | null;
  roles?: readonly Role[];
  /** Work done in the same transaction once the event is stored (a text message, a request). */
  after?: (tx: Db, entry: Locked) => Promise<Record<string, unknown> | void>;
}

/**
 * Appends one event to an application: checks the order of steps and the dates against its events
 * so far, stores the event, chains it, updates the derived state and writes the audit line — all in
 * one transaction, with the application's state row locked so two clerks never record the same step.
 */
async function appendEvent(
  db: Db,
  actor: Actor,
  applicationId: string,
  step: Append,
  now = new Date(),
): Promise<{ entry: LogbookEntry; extra: Record<string, unknown> }> {
  const centreId = centreOf(actor, ...(step.roles ?? LOGBOOK_WRITERS));
  await chainPending(db, centreId);
  return inTransaction(db, async (tx) => {
    const entry = await lockEntry(tx, applicationId);
    if (!entry || entry.centreId !== centreId) throw problem('not_found');
    if (entry.status === 'corrected') throw await correctedProblem(tx, applicationId);
    const facts = (await eventsOf(tx, [applicationId])).map(toFact);
    if (step.correctsId) {
      const corrected = facts.filter((f) => f.id !== step.correctsId);
      const rule = checkEvent(foldEntry(corrected), step.kind, step.occurredAt, entry.receivedAt, now);
      if (rule && rule !== 'logbook.already_recorded') throw ruleProblem(rule, entry.receivedAt);
    } else {
      const rule = checkEvent(foldEntry(facts), step.kind, step.occurredAt, entry.receivedAt, now);
      if (rule) throw ruleProblem(rule, entry.receivedAt);
    }
    const row: EventContent = {
      id: uuidv7(),
      centre_id: centreId,
      application_id: applicationId,
      kind: step.kind,
      content: step.content,
      occurred_at: step.occurredAt,
      recorded_at: now,
      recorded_by: actor.personId,
      corrects_id: step.correctsId ?? null,
    };
    await insertEvent(tx, row);
    await appendLinks(tx, centreId, await lockHead(tx, centreId), [
      { kind: 'event', refId: row.id, contentHash: eventContentHash(row) },
    ]);
    const state = foldEntry([...facts, toFact(row)]);
    await updateStatus(tx, applicationId, {
      status: state.status,
      forwarded_at: state.forwardedAt,
      decision: state.decision,
      decided_at: state.decidedAt,
      result_received_at: state.resultReceivedAt,
      delivered_at: state.deliveredAt,
      delivery_method: state.deliveryMethod,
      refusal_justified: state.refusalJustified,
    });
    const extra = (await step.after?.(tx, entry)) ?? {};
    await audit(
      tx,
      actor,
      step.correctsId ? 'logbook.corrected' : `logbook.${step.kind}`,
      { type: 'application', id: applicationId, centreId },
      { eventId: row.id, ...(step.correctsId ? { correctsId: step.correctsId } : {}), ...extra },
    );
    return { entry: await loadEntry(tx, centreId, applicationId, now), extra };
  });
}

/** The entry was put right by a correction: the work goes on there, named by its number. */
async function correctedProblem(tx: Db, applicationId: string) {
  const by = await correctionOf(tx, applicationId);
  return problem('logbook.entry_corrected', { params: { number: by?.number ?? '' } });
}

function ruleProblem(code: Parameters<typeof problem>[0], receivedAt: Date) {
  return problem(code, {
    params: { receivedAt: formatDateTime(receivedAt) },
    details: code === 'logbook.already_recorded' ? [] : [{ path: 'occurredAt', code }],
  });
}

const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** The documents went to the provider: when, how, and the provider's registration reference. */
export async function forwardEntry(db: Db, actor: Actor, id: string, body: ForwardBody, now?: Date) {
  return (
    await appendEvent(
      db,
      actor,
      id,
      {
        kind: 'forwarded',
        occurredAt: new Date(body.occurredAt),
        content: clean({ method: body.method, reference: body.reference, note: body.note }),
      },
      now,
    )
  ).entry;
}

/** The provider decided: granted, refused with a reason, or returned without action. */
export async function recordDecision(db: Db, actor: Actor, id: string, body: DecisionBody, now?: Date) {
  return (
    await appendEvent(
      db,
      actor,
      id,
      {
        kind: 'decision',
        occurredAt: new Date(body.occurredAt),
        content: clean({
          decision: body.decision,
          reason: body.reason,
          providerReference: body.providerReference,
        }),
      },
      now,
    )
  ).entry;
}

/** The result reached the centre; the applicant gets a text message that it is ready. */
export async function recordResult(db: Db, actor: Actor, id: string, body: ResultBody, now?: Date) {
  return (
    await appendEvent(
      db,
      actor,
      id,
      {
        kind: 'result_received',
        occurredAt: new Date(body.occurredAt),
        content: clean({ note: body.note }),
        after: async (tx, entry) => ({
          told: await queueResultReadySms(
            tx,
            {
              id: entry.id,
              centreId: entry.centreId,
              applicantId: entry.applicantId,
              number: entry.number,
            },
            now,
          ),
        }),
      },
      now,
    )
  ).entry;
}

/** The result was handed over; a repeat visit makes a new visit request for the field. */
export async function recordDelivery(
  db: Db,
  actor: Actor,
  id: string,
  body: DeliveryBody,
  now?: Date,
): Promise<DeliveryAnswer> {
  let requestId: string | null = null;
  const { entry } = await appendEvent(
    db,
    actor,
    id,
    {
      kind: 'delivered',
      occurredAt: new Date(body.occurredAt),
      content: clean({ method: body.method, trackingNumber: body.trackingNumber, note: body.note }),
      after:
        body.method === 'repeat_visit'
          ? async (tx, locked) => {
              requestId = await requestRepeatVisit(tx, actor, locked);
              return { requestId };
            }
          : undefined,
    },
    now,
  );
  return { entry, requestId };
}

/** The head's review of a refusal: justified or not, and what was done about it. */
export async function reviewRefusal(
  db: Db,
  actor: Actor,
  id: string,
  body: RefusalReviewBody,
  now = new Date(),
) {
  return (
    await appendEvent(
      db,
      actor,
      id,
      {
        kind: 'refusal_review',
        occurredAt: now,
        content: { justified: body.justified, actions: body.actions },
        roles: ['head'],
      },
      now,
    )
  ).entry;
}

const CORRECTABLE: readonly LogbookEventKind[] = ['forwarded', 'decision', 'result_received', 'delivered'];

/**
 * Corrects a recorded step: a new event of the same kind that takes the place of the old one, with
 * the reason. The old event stays in the logbook and in the chain.
 */
export async function correctEvent(
  db: Db,
  actor: Actor,
  id: string,
  eventId: string,
  body: EventCorrectionBody,
  now?: Date,
) {
  const original = await findEvent(db, eventId);
  if (!original || original.application_id !== id) throw problem('not_found');
  if (!CORRECTABLE.includes(original.kind)) throw problem('logbook.correction_kind');
  return (
    await appendEvent(
      db,
      actor,
      id,
      {
        kind: original.kind,
        occurredAt: new Date(body.occurredAt),
        content: clean({ ...body.content, correctionReason: body.reason }),
        correctsId: eventId,
      },
      now,
    )
  ).entry;
}
