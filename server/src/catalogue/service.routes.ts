import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EligibilityCategory,
  IdParams,
  Service,
  ServiceBody,
  ServiceQuery,
  UpdateCategoriesBody,
  UpdateServiceBody,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { presentCategory, presentService } from './catalogue.presenter.js';
import { listCentreCategories, updateCentreCategories } from './category.service.js';
import { changeService, createService, getService, listCentreServices } from './service.service.js';

const tags = ['catalogue'];

export async function serviceRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/services',
    {
      schema: {
        tags,
        summary: "The centre's service catalogue",
        querystring: ServiceQuery,
        response: { 200: z.object({ items: z.array(Service) }) },
      },
    },
    async (req) => ({
      items: (await listCentreServices(req.db, requireActor(req.actor), req.query.active)).map(
        presentService,
      ),
    }),
  );
  r.get(
    '/api/v1/services/:id',
    { schema: { tags, summary: 'One service', params: IdParams, response: { 200: Service } } },
    async (req) => presentService(await getService(req.db, requireActor(req.actor), req.params.id)),
  );
  r.post(
    '/api/v1/services',
    { schema: { tags, summary: 'Add a service (head)', body: ServiceBody, response: { 201: Service } } },
    async (req, reply) =>
      reply.status(201).send(presentService(await createService(req.db, requireActor(req.actor), req.body))),
  );
  r.put(
    '/api/v1/services/:id',
    {
      schema: {
        tags,
        summary: 'Change a service (head); `conflict` when it changed since it was read',
        params: IdParams,
        body: UpdateServiceBody,
        response: { 200: Service },
      },
    },
    async (req) =>
      presentService(await changeService(req.db, requireActor(req.actor), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/eligibility-categories',
    {
      schema: {
        tags,
        summary: 'Categories of applicants the centre serves, with their evidence',
        response: { 200: z.object({ items: z.array(EligibilityCategory) }) },
      },
    },
    async (req) => ({
      items: (await listCentreCategories(req.db, requireActor(req.actor))).map(presentCategory),
    }),
  );
  r.put(
    '/api/v1/eligibility-categories',
    {
      schema: {
        tags,
        summary: 'Switch categories on or off and name their evidence (head); mandatory ones stay on',
        body: UpdateCategoriesBody,
        response: { 200: z.object({ items: z.array(EligibilityCategory) }) },
      },
    },
    async (req) => ({
      items: (await updateCentreCategories(req.db, requireActor(req.actor), req.body)).map(presentCategory),
    }),
  );
}
