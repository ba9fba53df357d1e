import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { typed } from '../http/typed.js';

const Health = z.object({
  status: z.enum(['ok', 'error']),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});

/** `GET /api/health`: 200 when the database answers, 503 when it does not. No sign-in needed. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  typed(app).get(
    '/api/health',
    {
      schema: { tags: ['health'], summary: 'Service health', response: { 200: Health, 503: Health } },
      config: { rateLimit: false },
    },
    async (_req, reply) => {
      const ok = await app.database.ping();
      return reply
        .status(ok ? 200 : 503)
        .send({ status: ok ? 'ok' : 'error', database: app.database.kind, version: app.config.version });
    },
  );
}
