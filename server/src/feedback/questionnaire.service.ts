import type { FeedbackQuestionnaireV1 } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { raiseBribeAlert } from './alert.service.js';
import { insertFeedbackItem } from './feedback.repository.js';

/**
 * Stores a questionnaire from a field device as a register entry of the device's centre, inside the
 * sync command's transaction. Without a written remark the entry is praise when satisfaction is 4 or
 * 5 and a complaint otherwise, so every questionnaire counts in the figures. The entry's id is the
 * command's id: a second delivery changes nothing. A "yes" to the money question alerts the head.
 */
export async function recordQuestionnaire(
  tx: Db,
  actor: Actor & { centreId: string },
  id: string,
  answers: FeedbackQuestionnaireV1,
): Promise<{ alert: boolean }> {
  const text = answers.text?.trim() || '';
  const kind = answers.kind ?? (answers.satisfaction >= 4 ? 'praise' : 'complaint');
  const inserted = await insertFeedbackItem(tx, {
    id,
    centreId: actor.centreId,
    channel: 'questionnaire',
    kind,
    text,
    rating: answers.satisfaction,
    askedForMoney: answers.askedForMoney,
    scores: { politeness: answers.politeness, clarity: answers.clarity },
  });
  if (!inserted) return { alert: false };
  await audit(
    tx,
    actor,
    'feedback.created',
    { type: 'feedback', id, centreId: actor.centreId },
    {
      channel: 'questionnaire',
    },
  );
  const alert = answers.askedForMoney === true;
  if (alert)
    await raiseBribeAlert(tx, actor, {
      centreId: actor.centreId,
      source: 'questionnaire',
      feedbackItemId: id,
    });
  return { alert };
}
