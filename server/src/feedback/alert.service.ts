import { problem, uuidv7, type QualityAlert } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { acknowledgeAlert, findAlert, insertAlert, listAlerts } from './alert.repository.js';
import { presentAlert } from './feedback.presenter.js';

/**
 * Someone said they were asked for money or a gift: an alert for the head, written in the same
 * transaction as the answer that raised it, so it is on the head's home page as soon as that commits.
 */
export async function raiseBribeAlert(
  tx: Db,
  actor: Actor | null,
  signal: {
    centreId: string;
    source: 'survey' | 'questionnaire' | 'public_page' | 'register';
    surveyTaskId?: string;
    feedbackItemId?: string;
  },
): Promise<string> {
  const id = uuidv7();
  await insertAlert(tx, { id, ...signal });
  await audit(
    tx,
    actor,
    'alert.raised',
    { type: 'quality_alert', id, centreId: signal.centreId },
    {
      source: signal.source,
      surveyTaskId: signal.surveyTaskId ?? null,
      feedbackItemId: signal.feedbackItemId ?? null,
    },
  );
  return id;
}

/** The centre's alerts for the head and the quality officer. */
export async function alerts(db: Db, actor: Actor, state: 'open' | 'all'): Promise<QualityAlert[]> {
  const centreId = centreOf(actor, 'head', 'quality');
  return (await listAlerts(db, centreId, state)).map(presentAlert);
}

/** The head marks an alert as dealt with, with a note of what was done. */
export async function acknowledge(
  db: Db,
  actor: Actor,
  id: string,
  note: string | null,
): Promise<QualityAlert> {
  return inTransaction(db, async (tx) => {
    const alert = await findAlert(tx, id);
    assertSameCentre(actor, alert?.centreId);
    centreOf(actor, 'head');
    if (!(await acknowledgeAlert(tx, id, actor.personId, note))) throw problem('conflict');
    await audit(tx, actor, 'alert.acknowledged', { type: 'quality_alert', id, centreId: alert!.centreId });
    return presentAlert((await findAlert(tx, id))!);
  });
}
