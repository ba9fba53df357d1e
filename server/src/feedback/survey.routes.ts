import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  IdParams,
  SurveyCallBody,
  SurveyDetail,
  SurveyListQuery,
  SurveyScanResult,
  SurveySettings,
  SurveySettingsBody,
  SurveyTask,
} from '@valiza/domain';
import { centreOf, requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { createSurveyTasks } from './survey-task.job.js';
import {
  recordSurveyCall,
  surveyDetail,
  surveySettings,
  surveyTasks,
  updateSurveySettings,
} from './survey.service.js';

const tags = ['surveys'];

/** Telephone surveys after visits: the quality officer's task list, the call script, the rules. */
export async function surveyRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Survey tasks of the centre, open (to call) or done (quality, head)',
        querystring: SurveyListQuery,
        response: { 200: z.object({ items: z.array(SurveyTask) }) },
      },
    },
    async (req) => ({ items: await surveyTasks(req.db, requireActor(req.actor), req.query.state) }),
  );
  r.get(
    '/api/v1/surveys/settings',
    {
      schema: {
        tags,
        summary: 'Survey rules: due within so many working days, for this share of visits',
        response: { 200: SurveySettings },
      },
    },
    async (req) => surveySettings(req.db, requireActor(req.actor)),
  );
  r.put(
    '/api/v1/surveys/settings',
    {
      schema: {
        tags,
        summary: 'Change the survey rules (head); they apply to visits finished from now on',
        body: SurveySettingsBody,
        response: { 200: SurveySettings },
      },
    },
    async (req) => updateSurveySettings(req.db, requireActor(req.actor), req.body),
  );
  r.post(
    '/api/v1/surveys/scan',
    {
      schema: {
        tags,
        summary: 'Make the survey tasks of finished visits now instead of waiting for the timer (head)',
        response: { 200: SurveyScanResult },
      },
    },
    async (req) => {
      centreOf(requireActor(req.actor), 'head');
      return createSurveyTasks(req.db);
    },
  );
  r.get(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'One survey with whom to call (recorded in the audit trail)',
        params: IdParams,
        response: { 200: SurveyDetail },
      },
    },
    async (req) => surveyDetail(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/surveys/:id/calls',
    {
      schema: {
        tags,
        summary: 'Record a call: reached with the answers, not reached, or declined',
        params: IdParams,
        body: SurveyCallBody,
        response: { 200: SurveyDetail },
      },
    },
    async (req) => recordSurveyCall(req.db, requireActor(req.actor), req.params.id, req.body),
  );
}
