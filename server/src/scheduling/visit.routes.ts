import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CancelVisitBody,
  ChangeVisitBody,
  IdParams,
  PlaceVisitBody,
  Visit,
  VisitsQuery,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { getVisit, listCentreVisits } from './visit-queries.js';
import { cancelVisit, changeVisit, placeVisit } from './visit.service.js';

const tags = ['visits'];

/** Visits: requests placed on a day at home or in an outreach session. */
export async function visitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary: 'Visits of a period (at most 92 days); administrators see their own',
        querystring: VisitsQuery,
        response: { 200: z.object({ items: z.array(Visit) }) },
      },
    },
    async (req) => ({ items: await listCentreVisits(req.db, requireActor(req.actor), req.query) }),
  );
  r.get('/api/v1/visits/:id', { schema: { tags, params: IdParams, response: { 200: Visit } } }, async (req) =>
    getVisit(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary: 'Place a request at home or into an outreach session (head, operator)',
        body: PlaceVisitBody,
        response: { 201: Visit },
      },
    },
    async (req, reply) => reply.status(201).send(await placeVisit(req.db, requireActor(req.actor), req.body)),
  );
  r.patch(
    '/api/v1/visits/:id',
    {
      schema: {
        tags,
        summary: 'Move a home visit or change its crew, kit or companions (head, operator)',
        params: IdParams,
        body: ChangeVisitBody,
        response: { 200: Visit },
      },
    },
    async (req) => changeVisit(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/visits/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Take a visit off the plan; the request waits again (head, operator)',
        params: IdParams,
        body: CancelVisitBody,
        response: { 200: Visit },
      },
    },
    async (req) => cancelVisit(req.db, requireActor(req.actor), req.params.id, req.body),
  );
}
