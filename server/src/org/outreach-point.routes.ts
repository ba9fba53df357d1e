import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, OutreachPoint, OutreachPointBody } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { presentOutreachPoint } from './org.presenter.js';
import {
  changeOutreachPoint,
  createOutreachPoint,
  getOutreachPoint,
  listCentreOutreachPoints,
} from './outreach-point.service.js';

const tags = ['outreach points'];

export async function outreachPointRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/outreach-points',
    { schema: { tags, response: { 200: z.object({ items: z.array(OutreachPoint) }) } } },
    async (req) => ({
      items: (await listCentreOutreachPoints(req.db, requireActor(req.actor))).map(presentOutreachPoint),
    }),
  );
  r.get(
    '/api/v1/outreach-points/:id',
    { schema: { tags, params: IdParams, response: { 200: OutreachPoint } } },
    async (req) =>
      presentOutreachPoint(await getOutreachPoint(req.db, requireActor(req.actor), req.params.id)),
  );
  r.post(
    '/api/v1/outreach-points',
    {
      schema: {
        tags,
        summary: 'Add an outreach point (head)',
        body: OutreachPointBody,
        response: { 201: OutreachPoint },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentOutreachPoint(await createOutreachPoint(req.db, requireActor(req.actor), req.body))),
  );
  r.put(
    '/api/v1/outreach-points/:id',
    {
      schema: {
        tags,
        summary: 'Change an outreach point (head)',
        params: IdParams,
        body: OutreachPointBody,
        response: { 200: OutreachPoint },
      },
    },
    async (req) =>
      presentOutreachPoint(
        await changeOutreachPoint(req.db, requireActor(req.actor), req.params.id, req.body),
      ),
  );
}
