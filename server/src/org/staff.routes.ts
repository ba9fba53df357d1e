import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateStaffBody,
  IdParams,
  Ok,
  ResetPasswordBody,
  StaffMember,
  UpdateStaffBody,
  problem,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { presentStaff } from './org.presenter.js';
import { createStaff, listStaff, resetPassword, updateStaff } from './staff.service.js';

const tags = ['staff'];
const StaffList = z.object({ items: z.array(StaffMember) });

export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get(
    '/api/v1/staff',
    { schema: { tags, summary: "The staff of the actor's centre (head)", response: { 200: StaffList } } },
    async (req) => {
      const actor = requireActor(req.actor);
      if (!actor.centreId) throw problem('not_found');
      return { items: (await listStaff(req.db, actor, actor.centreId)).map(presentStaff) };
    },
  );

  r.post(
    '/api/v1/staff',
    {
      schema: {
        tags,
        summary: "Add a person to the actor's centre (head)",
        body: CreateStaffBody,
        response: { 201: StaffMember },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      if (!actor.centreId) throw problem('not_found');
      return reply.status(201).send(presentStaff(await createStaff(req.db, actor, actor.centreId, req.body)));
    },
  );

  r.get(
    '/api/v1/centres/:id/staff',
    {
      schema: {
        tags,
        summary: "A centre's staff (its head or a platform admin)",
        params: IdParams,
        response: { 200: StaffList },
      },
    },
    async (req) => ({
      items: (await listStaff(req.db, requireActor(req.actor), req.params.id)).map(presentStaff),
    }),
  );

  r.post(
    '/api/v1/centres/:id/staff',
    {
      schema: {
        tags,
        summary: 'Add a person to a centre (its head or a platform admin)',
        params: IdParams,
        body: CreateStaffBody,
        response: { 201: StaffMember },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentStaff(await createStaff(req.db, requireActor(req.actor), req.params.id, req.body))),
  );

  r.patch(
    '/api/v1/staff/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate a staff member',
        params: IdParams,
        body: UpdateStaffBody,
        response: { 200: StaffMember },
      },
    },
    async (req) => presentStaff(await updateStaff(req.db, requireActor(req.actor), req.params.id, req.body)),
  );

  r.post(
    '/api/v1/staff/:id/password',
    {
      schema: {
        tags,
        summary: "Reset a staff member's password",
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await resetPassword(req.db, requireActor(req.actor), req.params.id, req.body);
      return { ok: true as const };
    },
  );
}
