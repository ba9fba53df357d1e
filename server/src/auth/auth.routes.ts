import type { FastifyInstance } from 'fastify';
import { ChangePasswordBody, LoginBody, Me, Ok, SetLocaleBody } from '@valiza/domain';
import { typed } from '../http/typed.js';
import { clearSessionCookies, setCsrfCookie, setSessionCookies } from '../http/cookies.js';
import { requireActor } from './policy.js';
import { changePassword, describeMe, login, logout, setLocale } from './auth.service.js';

const tags = ['sign-in'];

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const config = app.config;

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, summary: 'Sign in with login and password', body: LoginBody, response: { 200: Me } },
      config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      const signedIn = await login(req.db, config, req.body);
      setSessionCookies(reply, config, signedIn.token, signedIn.csrfToken);
      return describeMe(req.db, signedIn.actor);
    },
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: 'Sign out', response: { 200: Ok } } },
    async (req, reply) => {
      if (req.actor) await logout(req.db, req.actor);
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/me',
    { schema: { tags, summary: 'Who is signed in', response: { 200: Me } } },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      // The CSRF cookie is set again here so that a page opened in a new tab can write at once.
      if (req.csrfToken) setCsrfCookie(reply, config, req.csrfToken);
      return describeMe(req.db, actor);
    },
  );

  r.post(
    '/api/v1/me/password',
    {
      schema: { tags, summary: 'Change one’s own password', body: ChangePasswordBody, response: { 200: Ok } },
    },
    async (req) => {
      await changePassword(req.db, requireActor(req.actor), req.body);
      return { ok: true as const };
    },
  );

  r.put(
    '/api/v1/me/locale',
    {
      schema: {
        tags,
        summary: 'Remember the interface language',
        body: SetLocaleBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await setLocale(req.db, requireActor(req.actor), req.body.locale);
      return { ok: true as const };
    },
  );
}
