import type { FastifyReply } from 'fastify';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'valiza_session';
export const CSRF_COOKIE = 'valiza_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the service is reached over https. */
export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  token: string,
  csrfToken: string,
): void {
  const maxAge = config.sessionHours * 3600;
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    maxAge,
  });
  setCsrfCookie(reply, config, csrfToken);
}

/** The CSRF cookie is readable by the page, which echoes it in `X-CSRF-Token` on every write. */
export function setCsrfCookie(reply: FastifyReply, config: Config, csrfToken: string): void {
  reply.setCookie(CSRF_COOKIE, csrfToken, {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure: config.secureCookies,
    maxAge: config.sessionHours * 3600,
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
