import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { webDistDir } from '../paths.js';
import { sendProblem } from './error-handler.js';

/**
 * Serves the built web app. Hashed assets are cached for good; the page and the service worker are
 * always revalidated so that an update reaches the field laptops. Unknown `/api/` paths answer a JSON
 * 404; every other unknown path is the app's own route and gets `index.html`.
 */
export async function installWebApp(app: FastifyInstance, root: string = webDistDir()): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders(reply, path) {
        const noCache = path.endsWith('.html') || path.endsWith('sw.js') || path.endsWith('.webmanifest');
        reply.header('Cache-Control', noCache ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || !['GET', 'HEAD'].includes(request.method)) {
      return sendProblem(reply, request.locale, 'not_found');
    }
    if (!built) {
      return reply
        .type('text/plain; charset=utf-8')
        .send('Valiza: the web app is not built. Run `npm run build`.');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
