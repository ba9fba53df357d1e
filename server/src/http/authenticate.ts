import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/auth.service.js';
import { sameSecret } from '../auth/tokens.js';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies.js';
import { sendProblem } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes that need no CSRF token: they carry no session, or create one. */
function csrfExempt(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return path === '/api/v1/auth/login' || path === '/api/v1/setup' || path.startsWith('/api/v1/public/');
}

/**
 * Resolves the signed-in person from the session cookie, then holds cookie-authenticated writes to
 * the double-submit rule: the `X-CSRF-Token` header must equal the session's CSRF token, which the
 * page can only know by reading the `valiza_csrf` cookie of our own origin.
 */
export function installAuthentication(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preValidation', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(request.db, token);
    if (session) {
      request.actor = session.actor;
      request.csrfToken = session.csrfToken;
    }
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/v1/') || csrfExempt(request))
      return;
    const header = request.headers[CSRF_HEADER];
    const expected = session?.csrfToken;
    if (!expected || typeof header !== 'string' || !sameSecret(header, expected)) {
      return sendProblem(reply, request.locale, 'csrf.invalid');
    }
  });
}
