import type { FastifyInstance } from 'fastify';

/** Headers that every answer carries. Pages under `/embed/` may be framed by community websites. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    if (!request.url.startsWith('/embed/')) reply.header('X-Frame-Options', 'SAMEORIGIN');
    if (request.url.startsWith('/api/'))
      reply.header('Cache-Control', reply.getHeader('Cache-Control') ?? 'no-store');
  });
}
