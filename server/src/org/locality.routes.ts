import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Locality, LocalityBody } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { changeLocality, createLocality, listCentreLocalities } from './locality.service.js';
import { presentLocality } from './org.presenter.js';

const tags = ['localities'];

export async function localityRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/localities',
    {
      schema: {
        tags,
        summary: "Localities of the actor's community",
        response: { 200: z.object({ items: z.array(Locality) }) },
      },
    },
    async (req) => ({
      items: (await listCentreLocalities(req.db, requireActor(req.actor))).map(presentLocality),
    }),
  );
  r.post(
    '/api/v1/localities',
    { schema: { tags, summary: 'Add a locality (head)', body: LocalityBody, response: { 201: Locality } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentLocality(await createLocality(req.db, requireActor(req.actor), req.body))),
  );
  r.put(
    '/api/v1/localities/:id',
    {
      schema: {
        tags,
        summary: 'Change a locality (head)',
        params: IdParams,
        body: LocalityBody,
        response: { 200: Locality },
      },
    },
    async (req) =>
      presentLocality(await changeLocality(req.db, requireActor(req.actor), req.params.id, req.body)),
  );
}
