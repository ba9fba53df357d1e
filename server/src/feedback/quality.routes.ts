import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AcknowledgeAlertBody,
  AlertListQuery,
  DashboardQuery,
  IdParams,
  QualityAlert,
  QualityDashboard,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { acknowledge, alerts } from './alert.service.js';
import { qualityDashboard } from './quality.service.js';

const tags = ['quality'];

/** The quality dashboard and the head's alerts. */
export async function qualityRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/quality/dashboard',
    {
      schema: {
        tags,
        summary: 'Quality figures of a period (head, quality; a regional observer: the region side by side)',
        querystring: DashboardQuery,
        response: { 200: QualityDashboard },
      },
    },
    async (req) => qualityDashboard(req.db, requireActor(req.actor), req.query),
  );
  r.get(
    '/api/v1/quality/alerts',
    {
      schema: {
        tags,
        summary: 'Bribe signals for the head (head, quality)',
        querystring: AlertListQuery,
        response: { 200: z.object({ items: z.array(QualityAlert) }) },
      },
    },
    async (req) => ({ items: await alerts(req.db, requireActor(req.actor), req.query.state) }),
  );
  r.post(
    '/api/v1/quality/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Mark an alert as dealt with, with a note (head)',
        params: IdParams,
        body: AcknowledgeAlertBody,
        response: { 200: QualityAlert },
      },
    },
    async (req) => acknowledge(req.db, requireActor(req.actor), req.params.id, req.body.note ?? null),
  );
}
