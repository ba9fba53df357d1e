import type { FastifyInstance } from 'fastify';
import {
  PublicCentre,
  PublicCentreQuery,
  PublicRequestAccepted,
  PublicRequestBody,
  PublicStatus,
  PublicStatusBody,
} from '@valiza/domain';
import { typed } from '../http/typed.js';
import { publicCentre } from './public-centre.service.js';
import { publicStatus, submitPublicRequest } from './public-request.service.js';

const tags = ['public'];
const HOUR = 3_600_000;

/**
 * The public request page's API: no sign-in and no CSRF token. Each address may submit a few forms
 * and check a few statuses per hour (429 `rate_limited` beyond); the status check is a POST so that
 * phone numbers stay out of addresses and logs.
 */
export async function publicRequestRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const config = app.config;
  r.get(
    '/api/v1/public/centres/:slug',
    {
      schema: {
        tags,
        security: [],
        summary: "A centre's public page: categories served and services delivered in the field",
        params: PublicCentreQuery,
        response: { 200: PublicCentre },
      },
    },
    async (req) => publicCentre(req.db, req.params.slug),
  );
  r.post(
    '/api/v1/public/requests',
    {
      schema: {
        tags,
        security: [],
        summary: 'Ask for a visit (arrives as `new`, channel `web`, for an operator to call back)',
        body: PublicRequestBody,
        response: { 201: PublicRequestAccepted },
      },
      config: { rateLimit: { max: config.publicRequestsPerHour, timeWindow: HOUR } },
    },
    async (req, reply) =>
      reply.status(201).send({ number: await submitPublicRequest(req.db, config, req.body) }),
  );
  r.post(
    '/api/v1/public/requests/status',
    {
      schema: {
        tags,
        security: [],
        summary: 'The state and planned day of a request, by its number and a phone it was made with',
        body: PublicStatusBody,
        response: { 200: PublicStatus },
      },
      config: { rateLimit: { max: config.publicStatusChecksPerHour, timeWindow: HOUR } },
    },
    async (req) => publicStatus(req.db, req.body),
  );
}
