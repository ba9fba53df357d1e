import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/auth.service.js';
import { sameSecret } from '../auth/tokens.js';
import { resolveDeviceCredential } from '../devices/device.service.js';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies.js';
import { sendProblem } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DEVICE_SCHEME = /^Device ([A-Za-z0-9_-]{20,200})$/;

/** Writes that need no CSRF token: they carry no session, or create one. */
function csrfExempt(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return path === '/api/v1/auth/login' || path === '/api/v1/setup' || path.startsWith('/api/v1/public/');
}

/**
 * Resolves who is acting. `Authorization: Device <credential>` names a person on a field device; an
 * unknown, revoked or expired credential is `401 device.revoked` (the field app wipes its data on
 * it). Such requests need no CSRF token: the app sends the credential explicitly, a browser never
 * attaches it on its own. Otherwise the session cookie names the person, and cookie-authenticated
 * writes must pass the double-submit rule: the `X-CSRF-Token` header must equal the session's CSRF
 * token, which the page can only know by reading the `valiza_csrf` cookie of our own origin.
 */
export function installAuthentication(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preValidation', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Device ')) {
      const credential = DEVICE_SCHEME.exec(authorization)?.[1];
      const actor = credential
        ? await resolveDeviceCredential(request.db, credential, app.config.deviceDays)
        : null;
      if (!actor) return sendProblem(reply, request.locale, 'device.revoked');
      request.actor = actor;
      return;
    }
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
