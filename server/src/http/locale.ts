import type { FastifyInstance } from 'fastify';
import { pickLocale } from '@valiza/domain';

/** Every request gets its language from `Accept-Language` before anything else runs. */
export function installLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'uk');
  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
  });
}
