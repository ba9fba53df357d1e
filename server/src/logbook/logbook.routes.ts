import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApplicationCorrectionBody,
  DecisionBody,
  DeliveryAnswer,
  DeliveryBody,
  EventCorrectionBody,
  EventParams,
  ForwardBody,
  IdParams,
  LogbookDashboard,
  LogbookDigest,
  LogbookEntry,
  LogbookExportQuery,
  LogbookPrintQuery,
  LogbookListQuery,
  LogbookPage,
  LogbookVerifyResult,
  RefusalItem,
  RefusalQuery,
  RefusalReviewBody,
  ResultBody,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { correctApplication } from './application-correction.service.js';
import { logbookDigest } from './digest.service.js';
import {
  correctEvent,
  forwardEntry,
  recordDecision,
  recordDelivery,
  recordResult,
  reviewRefusal,
} from './logbook-events.service.js';
import { exportLogbook } from './logbook-export.service.js';
import { listLogbook, logbookDashboard, logbookEntry } from './logbook-read.service.js';
import { verifyLogbook } from './logbook-verify.service.js';
import { deliveryReceiptPdf } from './receipt.service.js';
import { listRefusals } from './refusals.service.js';

const tags = ['logbook'];
const binary = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

/** The logbook: applications, their steps after registration, refusals, exports and the chain check. */
export async function logbookRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/logbook',
    {
      schema: {
        tags,
        summary: 'The logbook with filters, newest first',
        querystring: LogbookListQuery,
        response: { 200: LogbookPage },
      },
    },
    async (req) => listLogbook(req.db, requireActor(req.actor), req.query),
  );
  r.get(
    '/api/v1/logbook/dashboard',
    {
      schema: {
        tags,
        summary: 'Due to forward today, overdue to forward, overdue at providers',
        response: { 200: LogbookDashboard },
      },
    },
    async (req) => logbookDashboard(req.db, requireActor(req.actor)),
  );
  r.get(
    '/api/v1/logbook/digest',
    { schema: { tags, summary: "Today's digest for the head", response: { 200: LogbookDigest } } },
    async (req) => logbookDigest(req.db, requireActor(req.actor)),
  );
  r.get(
    '/api/v1/logbook/refusals',
    {
      schema: {
        tags,
        summary: 'Refused applications with reasons and reviews',
        querystring: RefusalQuery,
        response: { 200: z.object({ items: z.array(RefusalItem) }) },
      },
    },
    async (req) => ({ items: await listRefusals(req.db, requireActor(req.actor), req.query) }),
  );
  r.post(
    '/api/v1/logbook/verify',
    {
      schema: {
        tags,
        summary: "Check the centre's hash chain (head)",
        response: { 200: LogbookVerifyResult },
      },
    },
    async (req) => verifyLogbook(req.db, requireActor(req.actor)),
  );
  r.get(
    '/api/v1/logbook/export',
    {
      schema: {
        tags,
        summary: 'The journal of a period as XLSX, CSV (UTF-8, ";") or PDF (A4 landscape)',
        querystring: LogbookExportQuery,
        produces: [
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'text/csv',
          'application/pdf',
        ],
        response: { 200: binary('application/octet-stream', 'The journal file') },
      },
    },
    async (req, reply) => {
      const file = await exportLogbook(
        req.db,
        requireActor(req.actor),
        req.query,
        req.query.lang ?? req.locale,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  );
  r.get(
    '/api/v1/logbook/:id',
    {
      schema: {
        tags,
        summary: 'One application with its events',
        params: IdParams,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => logbookEntry(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/logbook/:id/forward',
    {
      schema: {
        tags,
        summary: 'Record that the documents went to the provider',
        params: IdParams,
        body: ForwardBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => forwardEntry(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/decision',
    {
      schema: {
        tags,
        summary: "Record the provider's decision",
        params: IdParams,
        body: DecisionBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => recordDecision(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/result',
    {
      schema: {
        tags,
        summary: 'Record that the result reached the centre (the applicant gets a text message)',
        params: IdParams,
        body: ResultBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => recordResult(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/delivery',
    {
      schema: {
        tags,
        summary: 'Record how the result was handed over (a repeat visit makes a request)',
        params: IdParams,
        body: DeliveryBody,
        response: { 200: DeliveryAnswer },
      },
    },
    async (req) => recordDelivery(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/refusal-review',
    {
      schema: {
        tags,
        summary: 'Review a refusal: justified or not, and what was done (head)',
        params: IdParams,
        body: RefusalReviewBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => reviewRefusal(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/events/:eventId/correction',
    {
      schema: {
        tags,
        summary: 'Correct a recorded step with a new event pointing to it',
        params: EventParams,
        body: EventCorrectionBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => correctEvent(req.db, requireActor(req.actor), req.params.id, req.params.eventId, req.body),
  );
  r.post(
    '/api/v1/logbook/:id/correction',
    {
      schema: {
        tags,
        summary:
          'Correct what was registered (representative, documents, payment) with a new entry pointing to this one',
        params: IdParams,
        body: ApplicationCorrectionBody,
        response: { 200: LogbookEntry },
      },
    },
    async (req) => correctApplication(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.get(
    '/api/v1/logbook/:id/receipt.pdf',
    {
      schema: {
        tags,
        summary: 'A printable receipt for a delivered result',
        params: IdParams,
        querystring: LogbookPrintQuery,
        produces: ['application/pdf'],
        response: { 200: binary('application/pdf', 'The receipt') },
      },
    },
    async (req, reply) => {
      const bytes = await deliveryReceiptPdf(
        req.db,
        requireActor(req.actor),
        req.params.id,
        req.query.lang ?? req.locale,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="receipt.pdf"')
        .send(Buffer.from(bytes));
    },
  );
}
