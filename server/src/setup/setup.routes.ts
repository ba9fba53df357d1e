import type { FastifyInstance } from 'fastify';
import { LoginBody, Me, SetupBody, SetupStatus } from '@valiza/domain';
import { typed } from '../http/typed.js';
import { describeMe, login } from '../auth/auth.service.js';
import { setSessionCookies } from '../http/cookies.js';
import { runSetup, setupNeeded } from './setup.service.js';

const tags = ['setup'];

export async function setupRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/setup',
    {
      schema: { tags, summary: 'Whether the first-run setup is still open', response: { 200: SetupStatus } },
    },
    async (req) => ({
      needed: await setupNeeded(req.db),
    }),
  );

  r.post(
    '/api/v1/setup',
    {
      schema: {
        tags,
        summary: 'Create the first centre and its head (once, with the console code)',
        body: SetupBody,
        response: { 201: Me },
      },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      await runSetup(req.db, app.setupState, req.body);
      const signedIn = await login(
        req.db,
        app.config,
        LoginBody.parse({ login: req.body.head.login, password: req.body.head.password }),
      );
      setSessionCookies(reply, app.config, signedIn.token, signedIn.csrfToken);
      return reply.status(201).send(await describeMe(req.db, signedIn.actor));
    },
  );
}
