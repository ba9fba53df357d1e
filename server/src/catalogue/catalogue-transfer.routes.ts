import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ExportQuery, problem, ServiceImportResult } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { exportCatalogue, importCatalogue } from './catalogue-transfer.service.js';
import type { SheetFormat } from './spreadsheet.js';

const tags = ['catalogue'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';

/**
 * Export and import of the catalogue. The import takes the file itself as the request body
 * (`Content-Type` XLSX or `text/csv`, at most 5 MB), so a browser sends it with one `fetch`.
 */
export async function catalogueTransferRoutes(app: FastifyInstance): Promise<void> {
  for (const type of [XLSX, CSV])
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
  const r = typed(app);
  r.get(
    '/api/v1/services/export',
    {
      schema: {
        tags,
        summary: 'The catalogue as XLSX or CSV (Ukrainian headers; documents one per line in one cell)',
        querystring: ExportQuery,
        produces: [XLSX, CSV],
        response: {
          200: {
            description: 'The catalogue file',
            content: {
              [XLSX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) },
              [CSV]: { schema: z.string() },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const bytes = await exportCatalogue(req.db, requireActor(req.actor), req.query.format);
      const csv = req.query.format === 'csv';
      return reply
        .type(csv ? `${CSV}; charset=utf-8` : XLSX)
        .header('content-disposition', `attachment; filename="catalogue.${req.query.format}"`)
        .send(bytes);
    },
  );
  r.post(
    '/api/v1/services/import',
    {
      schema: {
        tags,
        summary:
          'Import a catalogue file (head): all rows or none; errors name the row and the column. ' +
          'Body: the XLSX or CSV file itself.',
        consumes: [XLSX, CSV],
        body: z.any().meta({ type: 'string', format: 'binary', description: 'The XLSX or CSV file' }),
        response: { 200: ServiceImportResult },
      },
    },
    async (req) => {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
      const format: SheetFormat | null = type === XLSX ? 'xlsx' : type === CSV ? 'csv' : null;
      if (!format || !Buffer.isBuffer(req.body)) throw problem('validation.unsupported_media');
      return importCatalogue(req.db, requireActor(req.actor), req.body, format);
    },
  );
}
