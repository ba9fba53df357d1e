import type { FastifyInstance } from 'fastify';
import { PullQuery, PullResponse, PushBody, PushResponse } from '@valiza/domain';
import { typed } from '../http/typed.js';
import { requireDeviceActor } from './device-actor.js';
import { pullChanges } from './pull.service.js';
import { pushCommands } from './push.service.js';

const tags = ['sync'];

export async function syncRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.post(
    '/api/v1/sync/push',
    {
      schema: {
        tags,
        summary: 'Send field commands (device credential); answers per command',
        body: PushBody,
        response: { 200: PushResponse },
      },
    },
    async (req) => ({
      results: await pushCommands(req.db, requireDeviceActor(req.actor), req.body.commands, {
        locale: req.locale,
        onUnexpected: (error) =>
          req.log.error(
            { err: { type: (error as Error).name, code: (error as { code?: string }).code } },
            'sync command failed',
          ),
      }),
    }),
  );

  r.get(
    '/api/v1/sync/pull',
    {
      schema: {
        tags,
        summary: 'Changes since a checkpoint, number blocks and missing files (device credential)',
        querystring: PullQuery,
        response: { 200: PullResponse },
      },
    },
    async (req) => pullChanges(req.db, requireDeviceActor(req.actor), req.query.checkpoint, app.config),
  );
}
