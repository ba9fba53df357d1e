import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CancelSessionBody,
  ChangeOutreachScheduleBody,
  CreateOutreachScheduleBody,
  IdParams,
  OutreachSchedule,
  OutreachSession,
  OutreachSessionsQuery,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import {
  cancelOutreachSession,
  changeOutreachSchedule,
  createOutreachSchedule,
  getOutreachSession,
  listOutreachSchedules,
  listOutreachSessions,
} from './outreach.service.js';

const tags = ['outreach'];

/** Recurring outreach schedules and their sessions. */
export async function outreachRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/outreach-schedules',
    { schema: { tags, response: { 200: z.object({ items: z.array(OutreachSchedule) }) } } },
    async (req) => ({ items: await listOutreachSchedules(req.db, requireActor(req.actor)) }),
  );
  r.post(
    '/api/v1/outreach-schedules',
    {
      schema: {
        tags,
        summary: 'Set up a recurring outreach schedule; sessions for 8 weeks appear at once (head)',
        body: CreateOutreachScheduleBody,
        response: { 201: OutreachSchedule },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createOutreachSchedule(req.db, requireActor(req.actor), req.body)),
  );
  r.put(
    '/api/v1/outreach-schedules/:id',
    {
      schema: {
        tags,
        summary: 'Change a schedule; future sessions follow (head)',
        params: IdParams,
        body: ChangeOutreachScheduleBody,
        response: { 200: OutreachSchedule },
      },
    },
    async (req) => changeOutreachSchedule(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.get(
    '/api/v1/outreach-sessions',
    {
      schema: {
        tags,
        summary: 'Sessions of a period (at most 92 days)',
        querystring: OutreachSessionsQuery,
        response: { 200: z.object({ items: z.array(OutreachSession) }) },
      },
    },
    async (req) => ({ items: await listOutreachSessions(req.db, requireActor(req.actor), req.query) }),
  );
  r.get(
    '/api/v1/outreach-sessions/:id',
    { schema: { tags, params: IdParams, response: { 200: OutreachSession } } },
    async (req) => getOutreachSession(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/outreach-sessions/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel one session that has no bookings (head)',
        params: IdParams,
        body: CancelSessionBody,
        response: { 200: OutreachSession },
      },
    },
    async (req) =>
      cancelOutreachSession(req.db, requireActor(req.actor), req.params.id, req.body.reason ?? null),
  );
}
