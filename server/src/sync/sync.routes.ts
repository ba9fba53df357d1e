import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { ImportResponse, PullQuery, PullResponse, PushBody, PushResponse } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { requireDeviceActor } from './device-actor.js';
import { readImportForm } from './import-form.js';
import { assertMayImport, importUnsentWork } from './import.service.js';
import { scheduleSyncMaintenance } from './maintenance.js';
import { pullChanges } from './pull.service.js';
import { pushCommands } from './push.service.js';

const tags = ['sync'];

/** Logs a command's unexpected failure as the error handler logs one: what failed, never the payload. */
const logUnexpected = (req: FastifyRequest) => (error: unknown) => {
  const e = error as Error & { code?: string };
  req.log.error(
    { err: { type: e.name, code: e.code, message: e.message, stack: e.stack } },
    'sync command failed',
  );
};

/** Push, pull and the import of unsent work. */
export async function syncRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  scheduleSyncMaintenance(app);
  await app.register(multipart, {
    limits: { fileSize: app.config.importMaxBytes, files: 1, fields: 4, fieldSize: 4096 },
  });

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
        onUnexpected: logUnexpected(req),
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

  r.post(
    '/api/v1/sync/import',
    {
      schema: {
        tags,
        summary: 'Import an export file of unsent work (head or administrator; multipart: file, passphrase)',
        consumes: ['multipart/form-data'],
        response: { 200: ImportResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req.actor);
      assertMayImport(actor);
      const { file, passphrase } = await readImportForm(req);
      return importUnsentWork(req.db, actor, file, passphrase, {
        filesDir: app.config.filesDir,
        locale: req.locale,
        onUnexpected: logUnexpected(req),
      });
    },
  );
}
