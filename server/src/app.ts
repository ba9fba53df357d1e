import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { installAuthentication } from './http/authenticate.js';
import { installErrorHandler } from './http/error-handler.js';
import { installLocale } from './http/locale.js';
import { installOpenApi } from './http/openapi.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { validatorCompiler } from './http/validation.js';
import { installWebApp } from './http/web-app.js';
import { AREA_ROUTES } from './routes.js';
import type { SetupState } from './setup/setup-state.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  setupState?: SetupState;
  /** Where the built web app is; the default is `web/dist`. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Structured JSON logs that carry no personal data: the method, the path without its query string
 * (searches by name or phone live there), the status and the time. No addresses, no headers.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** Builds the whole HTTP application around an open database. Listening is the caller's business. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    // Only a reverse proxy on this machine may say who the client is; anyone else could forge
    // X-Forwarded-For and slip past the per-address limits.
    trustProxy: ['127.0.0.1', '::1'],
    bodyLimit: 2 * 1024 * 1024,
    https: config.tls ? { cert: config.tls.cert, key: config.tls.key } : null,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('setupState', deps.setupState ?? { token: null });
  app.decorateRequest('db', {
    getter() {
      return database.db;
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  installLocale(app);
  installErrorHandler(app);
  installSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000 });
  installAuthentication(app);
  await installOpenApi(app);
  for (const routes of AREA_ROUTES) await app.register(routes);
  await installWebApp(app, deps.webRoot);
  return app;
}
