import {
  problem,
  uuidv7,
  type CreateFeedbackBody,
  type FeedbackItem,
  type FeedbackListQuery,
  type FeedbackStepBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf, hasRole } from '../auth/policy.js';
import { audit, recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { raiseBribeAlert } from './alert.service.js';
import {
  findFeedbackItem,
  insertFeedbackItem,
  listFeedbackItems,
  updateFeedbackStep,
} from './feedback.repository.js';
import { presentFeedbackItem } from './feedback.presenter.js';

/** Who keeps the register: the quality officer, the head and the communications officer. */
const REGISTER_ROLES = ['quality', 'head', 'comms'] as const;
const PAGE = 50;

/** Contacts people left are read by the head and the quality officer, not by communications. */
const seesContacts = (actor: Actor) => hasRole(actor, 'head', 'quality');

/**
 * A page of the register, newest first. When the page shows a contact someone left, reading it is
 * recorded in the audit trail.
 */
export async function feedbackRegister(
  db: Db,
  actor: Actor,
  query: FeedbackListQuery,
): Promise<{ items: FeedbackItem[]; nextCursor: string | null }> {
  const centreId = centreOf(actor, ...REGISTER_ROLES);
  const rows = await listFeedbackItems(db, centreId, query, PAGE + 1);
  const page = rows.slice(0, PAGE);
  const contacts = seesContacts(actor);
  if (contacts && page.some((row) => row.contact))
    await recordView(db, actor, { type: 'feedback_register', id: centreId, centreId });
  const last = page.at(-1);
  return {
    items: page.map((row) => presentFeedbackItem(row, contacts)),
    nextCursor: rows.length > PAGE && last ? `${new Date(last.received_at).toISOString()}|${last.id}` : null,
  };
}

/** One entry; opening one with a contact is recorded. */
export async function feedbackItem(db: Db, actor: Actor, id: string): Promise<FeedbackItem> {
  const row = await findFeedbackItem(db, id);
  assertSameCentre(actor, row?.centre_id);
  centreOf(actor, ...REGISTER_ROLES);
  const contacts = seesContacts(actor);
  if (contacts && row!.contact)
    await recordView(db, actor, { type: 'feedback', id, centreId: row!.centre_id });
  return presentFeedbackItem(row!, contacts);
}

/**
 * Staff copy feedback into the register from a social network, the website or elsewhere. A report
 * of money asked for raises the same alert as a survey answer.
 */
export async function createFeedback(db: Db, actor: Actor, body: CreateFeedbackBody): Promise<FeedbackItem> {
  const centreId = centreOf(actor, ...REGISTER_ROLES);
  return inTransaction(db, async (tx) => {
    const id = uuidv7();
    await insertFeedbackItem(tx, {
      id,
      centreId,
      channel: body.channel,
      kind: body.kind,
      text: body.text,
      rating: body.rating ?? null,
      askedForMoney: body.askedForMoney ?? null,
      sourceLink: body.sourceLink ?? null,
      enteredBy: actor.personId,
    });
    await audit(tx, actor, 'feedback.created', { type: 'feedback', id, centreId }, { channel: body.channel });
    if (body.askedForMoney)
      await raiseBribeAlert(tx, actor, { centreId, source: 'register', feedbackItemId: id });
    return presentFeedbackItem((await findFeedbackItem(tx, id))!, seesContacts(actor));
  });
}

const NEXT_STEP = { discuss: 'received', decide: 'discussed', publish: 'decided' } as const;
const STATUS_AFTER = { discuss: 'discussed', decide: 'decided', publish: 'published' } as const;

/**
 * A proposal's way: discussed by the team → decided (accepted or not, and what changes) → published.
 * Steps go in that order only; praise and complaints have no steps. The head and the quality officer
 * discuss and decide; communications may publish.
 */
export async function stepFeedback(
  db: Db,
  actor: Actor,
  id: string,
  body: FeedbackStepBody,
): Promise<FeedbackItem> {
  return inTransaction(db, async (tx) => {
    const row = await findFeedbackItem(tx, id, { forUpdate: true });
    assertSameCentre(actor, row?.centre_id);
    centreOf(actor, ...(body.step === 'publish' ? REGISTER_ROLES : (['quality', 'head'] as const)));
    if (row!.kind !== 'proposal' || row!.status !== NEXT_STEP[body.step])
      throw problem('feedback.step_not_allowed');
    const status = STATUS_AFTER[body.step];
    const values =
      body.step === 'discuss'
        ? { status: 'discussed' as const, discussion: body.discussion }
        : body.step === 'decide'
          ? { status: 'decided' as const, decision: body.decision, changes: body.changes }
          : { status: 'published' as const };
    if (!(await updateFeedbackStep(tx, id, body.version, values))) throw problem('conflict');
    await audit(
      tx,
      actor,
      `feedback.${status}`,
      { type: 'feedback', id, centreId: row!.centre_id },
      {
        ...(body.step === 'decide' ? { decision: body.decision } : {}),
      },
    );
    return presentFeedbackItem((await findFeedbackItem(tx, id))!, seesContacts(actor));
  });
}
