import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApprovePlansBody,
  CrewMember,
  DayParams,
  DayRangeQuery,
  KitCheck,
  KitCheckBody,
  KitChecksQuery,
  Plan,
  PlanApproval,
  PlanSummary,
  Route,
  RouteBody,
  WaitingQuery,
  WaitingRequest,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { dayPlanPdf } from './day-plan.pdf.js';
import { kitChecksOf, recordKitCheck } from './kit-check.service.js';
import { approvePlans, planApprovals } from './plan-approval.service.js';
import { getPlan, listPlanSummaries } from './plan-board.js';
import { planningCrew } from './planning-crew.js';
import { routeOfDay } from './route.service.js';
import { waitingRequests } from './waiting-requests.js';

const tags = ['plans'];

/** Day plans, their approval and routes; kit checks before departure. */
export async function planRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/plans',
    {
      schema: {
        tags,
        summary: 'One summary per day of a period (at most 31 days)',
        querystring: DayRangeQuery,
        response: { 200: z.object({ items: z.array(PlanSummary) }) },
      },
    },
    async (req) => ({
      items: await listPlanSummaries(req.db, requireActor(req.actor), req.query.from, req.query.to),
    }),
  );
  r.get(
    '/api/v1/planning/waiting',
    {
      schema: {
        tags,
        summary: 'Eligible requests waiting for a visit, longest waiting first (head, operator)',
        querystring: WaitingQuery,
        response: { 200: z.object({ items: z.array(WaitingRequest) }) },
      },
    },
    async (req) => ({ items: await waitingRequests(req.db, requireActor(req.actor), req.query.limit) }),
  );
  r.get(
    '/api/v1/planning/crew',
    {
      schema: {
        tags,
        summary: 'Active colleagues with their roles, for placing visits (head, operator, technician)',
        response: { 200: z.object({ items: z.array(CrewMember) }) },
      },
    },
    async (req) => ({ items: await planningCrew(req.db, requireActor(req.actor)) }),
  );
  r.get(
    '/api/v1/plans/:day',
    { schema: { tags, summary: "A day's plan for the board", params: DayParams, response: { 200: Plan } } },
    async (req) => getPlan(req.db, requireActor(req.actor), req.params.day),
  );
  r.get(
    '/api/v1/plans/:day/pdf',
    {
      schema: {
        tags,
        summary: "A day's plan to print: stops in order with everything needed at the door (PDF, A4)",
        params: DayParams,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const pdf = await dayPlanPdf(req.db, requireActor(req.actor), req.params.day);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.fileName}"`)
        .send(Buffer.from(pdf.bytes));
    },
  );
  r.post(
    '/api/v1/plans/approve',
    {
      schema: {
        tags,
        summary: 'Approve every changed day of a period, e.g. a week (head)',
        body: ApprovePlansBody,
        response: { 200: z.object({ items: z.array(PlanSummary) }) },
      },
    },
    async (req) => ({ items: await approvePlans(req.db, requireActor(req.actor), req.body) }),
  );
  r.get(
    '/api/v1/plans/:day/approvals',
    {
      schema: {
        tags,
        summary: 'Approvals of a day with their snapshots, newest first',
        params: DayParams,
        response: { 200: z.object({ items: z.array(PlanApproval) }) },
      },
    },
    async (req) => ({ items: await planApprovals(req.db, requireActor(req.actor), req.params.day) }),
  );
  r.post(
    '/api/v1/plans/:day/route',
    {
      schema: {
        tags,
        summary: "Suggest (or apply) the order of a kit's home visits on a day",
        params: DayParams,
        body: RouteBody,
        response: { 200: Route },
      },
    },
    async (req) => routeOfDay(req.db, requireActor(req.actor), req.params.day, req.body),
  );
  r.post(
    '/api/v1/kit-checks',
    {
      schema: {
        tags: ['kits'],
        summary: 'Record the checklist before departure (technician, administrator, head)',
        body: KitCheckBody,
        response: { 201: KitCheck },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordKitCheck(req.db, requireActor(req.actor), req.body)),
  );
  r.get(
    '/api/v1/kit-checks',
    {
      schema: {
        tags: ['kits'],
        querystring: KitChecksQuery,
        response: { 200: z.object({ items: z.array(KitCheck) }) },
      },
    },
    async (req) => ({
      items: await kitChecksOf(req.db, requireActor(req.actor), req.query.day, req.query.kitId),
    }),
  );
}
