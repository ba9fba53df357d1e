import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  IndicatorsParams,
  Publication,
  PublicationList,
  PublicationPeriodBody,
  PublicationPreview,
  PublicIndicators,
  RegionReport,
  Report,
  ReportExportQuery,
  ReportQuery,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { exportReport } from './report-export.service.js';
import { centreReport, regionReport } from './report.service.js';
import {
  cachedPublicIndicators,
  listPublications,
  previewPublication,
  publishQuarter,
} from './publication.service.js';

const tags = ['reports'];
const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};
const PUBLIC_CACHE_CONTROL = 'public, no-cache';

/** Whether an `If-None-Match` header names this ETag (weak or strong, or `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

const binary = z.any().meta({ type: 'string', format: 'binary' });

/**
 * Reports of a centre and of a region, their export, the quarterly publication, and the public
 * indicators page's API. Periods: `period` (`2026`, `2026-Q1`, `2026-03`) or `from` and `to`.
 */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/reports',
    {
      schema: {
        tags,
        summary:
          "A centre's report for a month, quarter, year or range (head, quality; a regional observer names a centre of the region)",
        querystring: ReportQuery,
        response: { 200: Report },
      },
    },
    async (req) => centreReport(req.db, requireActor(req.actor), req.query),
  );
  r.get(
    '/api/v1/reports/region',
    {
      schema: {
        tags,
        summary: "The report of every centre of the observer's region, side by side (regional observer)",
        querystring: ReportQuery.omit({ centreId: true }),
        response: { 200: RegionReport },
      },
    },
    async (req) => regionReport(req.db, requireActor(req.actor), req.query),
  );
  r.get(
    '/api/v1/reports/export',
    {
      schema: {
        tags,
        summary: 'The report as XLSX or PDF',
        querystring: ReportExportQuery,
        produces: [MIME.xlsx, MIME.pdf],
        response: {
          200: {
            description: 'The report file',
            content: { [MIME.xlsx]: { schema: binary }, [MIME.pdf]: { schema: binary } },
          },
        },
      },
    },
    async (req, reply) => {
      const file = await exportReport(req.db, requireActor(req.actor), req.query, req.locale);
      return reply
        .type(MIME[req.query.format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.bytes));
    },
  );
  r.get(
    '/api/v1/reports/publications',
    {
      schema: {
        tags,
        summary: "The centre's published quarters (head, quality, comms)",
        response: { 200: PublicationList },
      },
    },
    async (req) => listPublications(req.db, requireActor(req.actor)),
  );
  r.get(
    '/api/v1/reports/publications/preview',
    {
      schema: {
        tags,
        summary: 'The anonymised figures a publication of the quarter would show (head, quality, comms)',
        querystring: PublicationPeriodBody,
        response: { 200: PublicationPreview },
      },
    },
    async (req) => previewPublication(req.db, requireActor(req.actor), req.query.period),
  );
  r.post(
    '/api/v1/reports/publications',
    {
      schema: {
        tags,
        summary: 'Publish a finished quarter on the public indicators page (head); audited',
        body: PublicationPeriodBody,
        response: { 201: Publication },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await publishQuarter(req.db, requireActor(req.actor), req.body.period)),
  );
  // Untyped: it answers 304 as well, and sends the body serialised once in the cache.
  app.get<{ Params: { slug: string } }>(
    '/api/v1/public/indicators/:slug',
    {
      schema: {
        tags: ['public'],
        security: [],
        summary:
          "A centre's published quarterly figures (no sign-in; aggregates with small counts withheld). " +
          'Sent with an ETag and `Cache-Control: public, no-cache`: `If-None-Match` gets 304 while nothing new is published',
        params: IndicatorsParams,
        response: { 200: PublicIndicators },
      },
    },
    async (req, reply) => {
      const { body, etag } = await cachedPublicIndicators(req.db, req.params.slug);
      // Anyone may store the figures, but must ask again before showing them (a cheap 304 from the
      // server's memory), so that a quarter just published shows at once.
      reply.header('Cache-Control', PUBLIC_CACHE_CONTROL).header('ETag', etag);
      if (matchesEtag(req.headers['if-none-match'], etag)) return reply.status(304).send();
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
}
