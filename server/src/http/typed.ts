import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The app with zod contracts as its type provider: params, query and body arrive parsed and typed. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Standard error answers for the OpenAPI document. */
export { ErrorBody } from '@valiza/domain';
