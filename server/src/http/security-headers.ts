import type { FastifyInstance } from 'fastify';

/** The one page community websites may show in a frame: the embeddable public indicators. */
const EMBEDDABLE = '/embed/indicators/';

/**
 * Headers that every answer carries. Only pages under `/embed/indicators/` may be framed, by any
 * site (`frame-ancestors *`): they show published aggregates and nothing a click could change.
 * Everything else may be framed by Valiza itself only.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    if (request.url.startsWith(EMBEDDABLE)) reply.header('Content-Security-Policy', 'frame-ancestors *');
    else reply.header('X-Frame-Options', 'SAMEORIGIN');
    if (request.url.startsWith('/api/'))
      reply.header('Cache-Control', reply.getHeader('Cache-Control') ?? 'no-store');
  });
}
