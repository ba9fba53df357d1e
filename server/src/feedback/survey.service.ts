import {
  afterCall,
  civilDateIn,
  problem,
  uuidv7,
  type SurveyCallBody,
  type SurveyDetail,
  type SurveySettings,
  type SurveySettingsBody,
  type SurveyTask,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { audit, recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { raiseBribeAlert } from './alert.service.js';
import { insertFeedbackItem } from './feedback.repository.js';
import { presentSurveyTask } from './feedback.presenter.js';
import {
  findSurveySettings,
  findSurveyTask,
  insertSurveyAttempt,
  listSurveyAttempts,
  listSurveyTasks,
  saveSurveySettings,
  surveyContact,
  updateSurveyTask,
} from './survey.repository.js';

/** Who works with surveys: the quality officer, and the head who answers for quality. */
const SURVEY_ROLES = ['quality', 'head'] as const;

/** The centre's survey tasks, open (to call) or done. */
export async function surveyTasks(db: Db, actor: Actor, state: 'open' | 'done'): Promise<SurveyTask[]> {
  const centreId = centreOf(actor, ...SURVEY_ROLES);
  const today = civilDateIn(new Date());
  return (await listSurveyTasks(db, centreId, state)).map((row) => presentSurveyTask(row, today));
}

/**
 * One survey with whom to call. The applicant's name and phones are personal data: opening it is
 * recorded in the audit trail.
 */
export async function surveyDetail(db: Db, actor: Actor, id: string): Promise<SurveyDetail> {
  return inTransaction(db, async (tx) => {
    const task = await findSurveyTask(tx, id);
    assertSameCentre(actor, task?.centreId);
    centreOf(actor, ...SURVEY_ROLES);
    const contact = await surveyContact(tx, task!);
    await recordView(tx, actor, { type: 'survey', id, centreId: task!.centreId });
    const calls = await listSurveyAttempts(tx, id);
    const answered = task!.status === 'reached';
    return {
      ...presentSurveyTask(task!, civilDateIn(new Date())),
      applicantName: contact.fullName,
      phones: contact.phones,
      administratorName: contact.administratorName,
      answers: answered
        ? {
            punctuality: task!.punctuality!,
            politeness: task!.politeness!,
            clarity: task!.clarity!,
            askedForMoney: task!.askedForMoney!,
            satisfaction: task!.satisfaction!,
            comments: task!.comments,
          }
        : null,
      calls: calls.map((c) => ({ outcome: c.outcome, at: new Date(c.at).toISOString(), byName: c.byName })),
      version: task!.version,
    };
  });
}

/**
 * Records a call. Reached: the answers are stored, comments go to the feedback register, and a "yes"
 * to the money question raises an alert for the head in the same transaction. Not reached: tried
 * again later, closed after the third call. Declined: closed.
 */
export async function recordSurveyCall(
  db: Db,
  actor: Actor,
  id: string,
  body: SurveyCallBody,
): Promise<SurveyDetail> {
  await inTransaction(db, async (tx) => {
    const task = await findSurveyTask(tx, id, { forUpdate: true });
    assertSameCentre(actor, task?.centreId);
    centreOf(actor, ...SURVEY_ROLES);
    const next = afterCall(task!, body.outcome);
    if (!next) throw problem('survey.finished');
    if (task!.version !== body.version) throw problem('conflict');
    const centreId = task!.centreId;
    await insertSurveyAttempt(tx, {
      id: uuidv7(),
      taskId: id,
      centreId,
      outcome: body.outcome,
      by: actor.personId,
    });
    if (body.outcome !== 'reached') {
      await updateSurveyTask(tx, id, { ...next, finishedBy: next.status === 'open' ? null : actor.personId });
      await audit(tx, actor, 'survey.called', { type: 'survey', id, centreId }, { outcome: body.outcome });
      return;
    }
    const comments = body.answers.comments?.trim() || null;
    if (comments && !body.commentKind)
      throw problem('survey.comment_kind_required', {
        details: [{ path: 'commentKind', code: 'survey.comment_kind_required' }],
      });
    await updateSurveyTask(tx, id, {
      ...next,
      finishedBy: actor.personId,
      answers: { ...body.answers, comments },
    });
    await audit(
      tx,
      actor,
      'survey.called',
      { type: 'survey', id, centreId },
      {
        outcome: 'reached',
        askedForMoney: body.answers.askedForMoney,
      },
    );
    if (comments && body.commentKind) {
      const itemId = uuidv7();
      await insertFeedbackItem(tx, {
        id: itemId,
        centreId,
        channel: 'survey',
        kind: body.commentKind,
        text: comments,
        rating: body.answers.satisfaction,
        askedForMoney: body.answers.askedForMoney,
        surveyTaskId: id,
        enteredBy: actor.personId,
      });
      await audit(
        tx,
        actor,
        'feedback.created',
        { type: 'feedback', id: itemId, centreId },
        { channel: 'survey' },
      );
    }
    if (body.answers.askedForMoney)
      await raiseBribeAlert(tx, actor, { centreId, source: 'survey', surveyTaskId: id });
  });
  return surveyDetail(db, actor, id);
}

/** The centre's survey rules (head, quality). */
export async function surveySettings(db: Db, actor: Actor): Promise<SurveySettings> {
  return findSurveySettings(db, centreOf(actor, ...SURVEY_ROLES));
}

/** The head changes the survey rules; they apply to visits decided on from now on. */
export async function updateSurveySettings(
  db: Db,
  actor: Actor,
  body: SurveySettingsBody,
): Promise<SurveySettings> {
  const centreId = centreOf(actor, 'head');
  return inTransaction(db, async (tx) => {
    if (!(await saveSurveySettings(tx, centreId, body))) throw problem('conflict');
    await audit(
      tx,
      actor,
      'survey.settings_changed',
      { type: 'centre', id: centreId, centreId },
      {
        dueWorkingDays: body.dueWorkingDays,
        sharePercent: body.sharePercent,
      },
    );
    return findSurveySettings(tx, centreId);
  });
}
