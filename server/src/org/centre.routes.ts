import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  Centre,
  Community,
  CreateCentreBody,
  CreateCommunityBody,
  CreateRegionBody,
  IdParams,
  Region,
  UpdateCentreBody,
  problem,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import {
  createCentre,
  createCommunity,
  createRegion,
  getCentre,
  listVisibleCentres,
  listVisibleCommunities,
  listVisibleRegions,
  updateCentreSettings,
} from './centre.service.js';
import { presentCentre, presentCommunity, presentRegion } from './org.presenter.js';

const tags = ['organisations'];

export async function centreRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get(
    '/api/v1/centre',
    { schema: { tags, summary: "The actor's own centre", response: { 200: Centre } } },
    async (req) => {
      const actor = requireActor(req.actor);
      if (!actor.centreId) throw problem('not_found');
      return presentCentre(await getCentre(req.db, actor, actor.centreId));
    },
  );

  r.get(
    '/api/v1/centres',
    {
      schema: {
        tags,
        summary: 'Centres the actor can see',
        response: { 200: z.object({ items: z.array(Centre) }) },
      },
    },
    async (req) => ({
      items: (await listVisibleCentres(req.db, requireActor(req.actor))).map(presentCentre),
    }),
  );

  r.get(
    '/api/v1/centres/:id',
    { schema: { tags, params: IdParams, response: { 200: Centre } } },
    async (req) => presentCentre(await getCentre(req.db, requireActor(req.actor), req.params.id)),
  );

  r.patch(
    '/api/v1/centres/:id',
    {
      schema: {
        tags,
        summary: "Change a centre's settings (head)",
        params: IdParams,
        body: UpdateCentreBody,
        response: { 200: Centre },
      },
    },
    async (req) =>
      presentCentre(await updateCentreSettings(req.db, requireActor(req.actor), req.params.id, req.body)),
  );

  r.post(
    '/api/v1/centres',
    {
      schema: {
        tags,
        summary: 'Open a centre (platform admin)',
        body: CreateCentreBody,
        response: { 201: Centre },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentCentre(await createCentre(req.db, requireActor(req.actor), req.body))),
  );

  r.get(
    '/api/v1/regions',
    { schema: { tags, response: { 200: z.object({ items: z.array(Region) }) } } },
    async (req) => ({
      items: (await listVisibleRegions(req.db, requireActor(req.actor))).map(presentRegion),
    }),
  );

  r.post(
    '/api/v1/regions',
    { schema: { tags, body: CreateRegionBody, response: { 201: Region } } },
    async (req, reply) =>
      reply.status(201).send(presentRegion(await createRegion(req.db, requireActor(req.actor), req.body))),
  );

  r.get(
    '/api/v1/communities',
    { schema: { tags, response: { 200: z.object({ items: z.array(Community) }) } } },
    async (req) => ({
      items: (await listVisibleCommunities(req.db, requireActor(req.actor))).map(presentCommunity),
    }),
  );

  r.post(
    '/api/v1/communities',
    { schema: { tags, body: CreateCommunityBody, response: { 201: Community } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentCommunity(await createCommunity(req.db, requireActor(req.actor), req.body))),
  );
}
