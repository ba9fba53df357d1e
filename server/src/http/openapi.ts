import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * The OpenAPI document is generated from the same zod contracts that validate requests, so it
 * cannot drift from the code. Served at `/api/openapi.json`, readable at `/api/docs`.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Valiza API',
        version: app.config.version,
        description:
          'The API of Valiza, the mobile office of an administrative service centre. JSON in camelCase; ' +
          'errors as `{ error: { code, message, details } }` with the message in the language of `Accept-Language`. ' +
          'Writes with a session cookie must echo the `valiza_csrf` cookie in `X-CSRF-Token`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'valiza_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          device: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: '`Device <credential>` from POST /api/v1/devices; needs no CSRF token.',
          },
        },
      },
      security: [{ session: [], csrf: [] }, { device: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  );
}
