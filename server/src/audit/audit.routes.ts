import type { FastifyInstance } from 'fastify';
import { AuditEntry, AuditQuery, listOf } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { readAuditTrail } from './audit-trail.service.js';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  typed(app).get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "The centre's audit trail (head)",
        querystring: AuditQuery,
        response: { 200: listOf(AuditEntry) },
      },
    },
    async (req) => readAuditTrail(req.db, requireActor(req.actor), req.query),
  );
}
