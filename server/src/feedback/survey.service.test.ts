import { describe, expect, it } from 'vitest';
import { isSampledForSurvey } from '@valiza/domain';
import { makeCentreWithStaff, makePerson } from '../test/factories.js';
import { makeReportedVisit } from '../test/feedback-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { alerts } from './alert.service.js';
import { feedbackRegister } from './feedback.service.js';
import { createSurveyTasks } from './survey-task.job.js';
import { recordSurveyCall, surveyDetail, surveyTasks, updateSurveySettings } from './survey.service.js';

const answers = {
  punctuality: 5,
  politeness: 5,
  clarity: 4,
  askedForMoney: false,
  satisfaction: 5,
  comments: null,
};

describe('telephone surveys', () => {
  const t = useTestDatabase();

  async function centre() {
    const staff = await makeCentreWithStaff(t.db);
    const quality = await makePerson(t.db, { centreId: staff.centre.id }, ['quality']);
    return { ...staff, quality };
  }

  const taskOf = (visitId: string) =>
    t.db.selectFrom('survey_tasks').selectAll().where('visit_id', '=', visitId).executeTakeFirst();

  it('makes one task per finished visit, due in working days, however often the job runs', async () => {
    const kam = await centre();
    // Thursday 5 March 2026: three working days later is Tuesday 10 March.
    const done = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    const partly = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId, {
      outcome: 'partly_completed',
    });
    const cancelled = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId, {
      outcome: 'cancelled',
    });
    await createSurveyTasks(t.db);
    await createSurveyTasks(t.db);
    expect(await taskOf(done.visitId)).toMatchObject({ due_on: '2026-03-10', status: 'open', attempts: 0 });
    expect(await taskOf(partly.visitId)).toBeDefined();
    expect(await taskOf(cancelled.visitId)).toBeUndefined();
    const tasks = await t.db
      .selectFrom('survey_tasks')
      .select('visit_id')
      .where('centre_id', '=', kam.centre.id)
      .execute();
    expect(tasks).toHaveLength(2);
    const listed = await surveyTasks(t.db, kam.quality.actor, 'open');
    expect(listed.map((task) => task.requestNumber).sort()).toEqual(
      [done.requestNumber, partly.requestNumber].sort(),
    );
    expect(listed[0]!.overdue).toBe(true);
  });

  it('surveys only the sampled share, decides each visit once, and uses the centre’s due days', async () => {
    const kam = await centre();
    await updateSurveySettings(t.db, kam.head.actor, { dueWorkingDays: 1, sharePercent: 30, version: 0 });
    const visits = [];
    for (let i = 0; i < 12; i++)
      visits.push(await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId));
    await createSurveyTasks(t.db);
    for (const visit of visits) {
      const task = await taskOf(visit.visitId);
      expect(Boolean(task)).toBe(isSampledForSurvey(visit.visitId, 30));
      if (task) expect(task.due_on).toBe('2026-03-06');
    }
    // A later change of the share does not revisit visits already decided on.
    await updateSurveySettings(t.db, kam.head.actor, { dueWorkingDays: 1, sharePercent: 100, version: 1 });
    await createSurveyTasks(t.db);
    for (const visit of visits)
      expect(Boolean(await taskOf(visit.visitId))).toBe(isSampledForSurvey(visit.visitId, 30));
  });

  it('records a reached call with the answers and a comment in the register', async () => {
    const kam = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId, {
      phones: ['+380501234567'],
    });
    await createSurveyTasks(t.db);
    const task = (await taskOf(visit.visitId))!;
    const detail = await surveyDetail(t.db, kam.quality.actor, task.id);
    expect(detail.phones).toContain('+380501234567');
    expect(detail.administratorName).toBe(kam.administrator.actor.name);
    const after = await recordSurveyCall(t.db, kam.quality.actor, task.id, {
      outcome: 'reached',
      version: detail.version,
      answers: { ...answers, comments: 'Дуже дякую, все швидко.' },
      commentKind: 'praise',
    });
    expect(after).toMatchObject({ status: 'reached', attempts: 1, answers: { satisfaction: 5 } });
    const register = await feedbackRegister(t.db, kam.quality.actor, {});
    expect(register.items).toEqual([
      expect.objectContaining({
        channel: 'survey',
        kind: 'praise',
        text: 'Дуже дякую, все швидко.',
        rating: 5,
      }),
    ]);
    expect(await alerts(t.db, kam.head.actor, 'open')).toEqual([]);
    const views = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', task.id)
      .where('action', '=', 'view')
      .execute();
    expect(views.length).toBeGreaterThan(0);
    await expect(
      recordSurveyCall(t.db, kam.quality.actor, task.id, { outcome: 'declined', version: after.version }),
    ).rejects.toMatchObject({ code: 'survey.finished' });
  });

  it('alerts the head at once when someone asked for money', async () => {
    const kam = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    await createSurveyTasks(t.db);
    const task = (await taskOf(visit.visitId))!;
    await recordSurveyCall(t.db, kam.quality.actor, task.id, {
      outcome: 'reached',
      version: task.version,
      answers: { ...answers, askedForMoney: true, satisfaction: 2 },
    });
    const open = await alerts(t.db, kam.head.actor, 'open');
    expect(open).toEqual([
      expect.objectContaining({
        kind: 'bribe_signal',
        source: 'survey',
        surveyTaskId: task.id,
        requestNumber: visit.requestNumber,
      }),
    ]);
  });

  it('closes a survey after three calls not answered, and keeps each call', async () => {
    const kam = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    await createSurveyTasks(t.db);
    const { id } = (await taskOf(visit.visitId))!;
    let version = (await taskOf(visit.visitId))!.version;
    for (let call = 1; call <= 3; call++) {
      const after = await recordSurveyCall(t.db, kam.quality.actor, id, { outcome: 'not_reached', version });
      expect(after.status).toBe(call < 3 ? 'open' : 'closed');
      version = after.version;
    }
    const detail = await surveyDetail(t.db, kam.quality.actor, id);
    expect(detail.calls.map((c) => c.outcome)).toEqual(['not_reached', 'not_reached', 'not_reached']);
    await expect(
      recordSurveyCall(t.db, kam.quality.actor, id, { outcome: 'not_reached', version }),
    ).rejects.toMatchObject({ code: 'survey.finished' });
  });

  it('refuses a stale version, a comment without its kind, and another centre’s survey as not found', async () => {
    const kam = await centre();
    const other = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    await createSurveyTasks(t.db);
    const task = (await taskOf(visit.visitId))!;
    await expect(
      recordSurveyCall(t.db, kam.quality.actor, task.id, { outcome: 'declined', version: task.version + 5 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      recordSurveyCall(t.db, kam.quality.actor, task.id, {
        outcome: 'reached',
        version: task.version,
        answers: { ...answers, comments: 'Щось' },
      }),
    ).rejects.toMatchObject({ code: 'survey.comment_kind_required' });
    expect((await taskOf(visit.visitId))!.attempts).toBe(0);
    await expect(surveyDetail(t.db, other.quality.actor, task.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      recordSurveyCall(t.db, other.quality.actor, task.id, { outcome: 'declined', version: task.version }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(surveyDetail(t.db, kam.operator.actor, task.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
