import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, Kit, KitBody } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { changeKit, createKit, getKit, listCentreKits } from './kit.service.js';
import { presentKit } from './org.presenter.js';

const tags = ['kits'];

export async function kitRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/kits',
    { schema: { tags, response: { 200: z.object({ items: z.array(Kit) }) } } },
    async (req) => ({
      items: (await listCentreKits(req.db, requireActor(req.actor))).map(presentKit),
    }),
  );
  r.get('/api/v1/kits/:id', { schema: { tags, params: IdParams, response: { 200: Kit } } }, async (req) =>
    presentKit(await getKit(req.db, requireActor(req.actor), req.params.id)),
  );
  r.post(
    '/api/v1/kits',
    { schema: { tags, summary: 'Add a kit (head, technician)', body: KitBody, response: { 201: Kit } } },
    async (req, reply) =>
      reply.status(201).send(presentKit(await createKit(req.db, requireActor(req.actor), req.body))),
  );
  r.put(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'Change a kit (head, technician)',
        params: IdParams,
        body: KitBody,
        response: { 200: Kit },
      },
    },
    async (req) => presentKit(await changeKit(req.db, requireActor(req.actor), req.params.id, req.body)),
  );
}
