import type { FastifyInstance } from 'fastify';
import { Ok, PublicFeedbackBody, PublicFeedbackTokenBody, PublicFeedbackTokenState } from '@valiza/domain';
import { typed } from '../http/typed.js';
import { checkFeedbackToken, submitPublicFeedback } from './public-feedback.service.js';

const tags = ['public'];
const HOUR = 3_600_000;

/**
 * The public feedback page's API: no sign-in, no CSRF token, a few submissions per address per hour
 * (the same limit as the public request form). The token travels in the body, never in an address
 * that logs would keep.
 */
export async function publicFeedbackRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const limit = { rateLimit: { max: app.config.publicRequestsPerHour, timeWindow: HOUR } };
  r.post(
    '/api/v1/public/feedback/check',
    {
      schema: {
        tags,
        security: [],
        summary: 'Whether a feedback token from a confirmation can still be used',
        body: PublicFeedbackTokenBody,
        response: { 200: PublicFeedbackTokenState },
      },
      config: limit,
    },
    async (req) => checkFeedbackToken(req.db, req.body.token),
  );
  r.post(
    '/api/v1/public/feedback',
    {
      schema: {
        tags,
        security: [],
        summary:
          'Leave praise, a complaint or a proposal with a one-time token (anonymous or with a contact)',
        body: PublicFeedbackBody,
        response: { 201: Ok },
      },
      config: limit,
    },
    async (req, reply) => reply.status(201).send(await submitPublicFeedback(req.db, req.body)),
  );
}
