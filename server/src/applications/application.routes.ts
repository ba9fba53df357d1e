import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApplicationDetail,
  ApplicationList,
  ApplicationQuery,
  IdParams,
  Ok,
  ResolveVisitConflictBody,
  VisitConflictItem,
  VisitConflictQuery,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { presentApplication, presentApplicationItem, presentConflict } from './application.presenter.js';
import { getApplication, listCentreApplications } from './application.service.js';
import { listVisitConflicts, resolveVisitConflict } from './visit-conflict.service.js';

const tags = ['applications'];

/** The plain list of applications (the logbook's rows) and the head's list of visit conflicts. */
export async function applicationRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get(
    '/api/v1/applications',
    {
      schema: {
        tags,
        summary: "The centre's applications, newest received first, with whether all their files arrived",
        querystring: ApplicationQuery,
        response: { 200: ApplicationList },
      },
    },
    async (req) => {
      const page = await listCentreApplications(req.db, requireActor(req.actor), req.query);
      return { items: page.rows.map(presentApplicationItem), nextCursor: page.nextCursor };
    },
  );

  r.get(
    '/api/v1/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application as registered, with the files still missing (audited)',
        params: IdParams,
        response: { 200: ApplicationDetail },
      },
    },
    async (req) => presentApplication(await getApplication(req.db, requireActor(req.actor), req.params.id)),
  );

  r.get(
    '/api/v1/visit-conflicts',
    {
      schema: {
        tags,
        summary: 'Field work the office changed meanwhile: kept in full, for the head to resolve',
        querystring: VisitConflictQuery,
        response: { 200: z.object({ items: z.array(VisitConflictItem) }) },
      },
    },
    async (req) => {
      const views = await listVisitConflicts(req.db, requireActor(req.actor), req.query.state === 'all');
      return { items: views.map((v) => presentConflict(v.row, v.applications)) };
    },
  );

  r.post(
    '/api/v1/visit-conflicts/:id/resolve',
    {
      schema: {
        tags,
        summary:
          'Resolve a visit conflict (head): apply the field outcome after all, or keep the office change; with a note, and the field work kept',
        params: IdParams,
        body: ResolveVisitConflictBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await resolveVisitConflict(req.db, requireActor(req.actor), req.params.id, req.body);
      return { ok: true as const };
    },
  );
}
