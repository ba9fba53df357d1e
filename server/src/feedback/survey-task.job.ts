import { isSampledForSurvey, surveyDueDate, uuidv7, type CalendarSettings } from '@valiza/domain';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { calendarSettingsOf } from '../scheduling/centre-calendar.service.js';
import {
  findSurveySettings,
  insertSurveyTask,
  recordScan,
  unscannedFinishedVisits,
  type SurveySettingsRow,
} from './survey.repository.js';

const BATCH = 200;

/**
 * Makes a survey task for every finished visit that has none yet. It reads `visit_reports` and does
 * not depend on whoever wrote them, so it may run any number of times: each visit is decided on once
 * (`survey_scans`), and a visit has at most one task (a unique key). Whether a visit is surveyed is
 * fixed by its id and the centre's share at the moment of the decision. Answers how many visits it
 * looked at and how many tasks it made.
 */
export async function createSurveyTasks(db: Db): Promise<{ scanned: number; created: number }> {
  const rules = new Map<string, { survey: SurveySettingsRow; calendar: CalendarSettings }>();
  let scanned = 0;
  let created = 0;
  for (;;) {
    const visits = await unscannedFinishedVisits(db, BATCH);
    if (visits.length === 0) break;
    for (const visit of visits) {
      let centre = rules.get(visit.centreId);
      if (!centre) {
        centre = {
          survey: await findSurveySettings(db, visit.centreId),
          calendar: await calendarSettingsOf(db, visit.centreId),
        };
        rules.set(visit.centreId, centre);
      }
      const { survey, calendar } = centre;
      const sampled = isSampledForSurvey(visit.visitId, survey.sharePercent);
      // One transaction per visit: the decision and the task commit together, or neither does.
      const made = await inTransaction(db, async (tx) => {
        if (!(await recordScan(tx, visit, sampled))) return false;
        if (!sampled) return false;
        const id = uuidv7();
        const dueOn = surveyDueDate(visit.day, survey.dueWorkingDays, calendar);
        if (!(await insertSurveyTask(tx, { id, visit, dueOn }))) return false;
        await audit(
          tx,
          null,
          'survey.created',
          { type: 'survey', id, centreId: visit.centreId },
          {
            visitId: visit.visitId,
          },
        );
        return true;
      });
      scanned += 1;
      if (made) created += 1;
    }
    if (visits.length < BATCH) break;
  }
  return { scanned, created };
}
