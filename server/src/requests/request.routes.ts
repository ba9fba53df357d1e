import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateRequestBody,
  IdParams,
  listOf,
  RequestDetail,
  RequestListItem,
  RequestQuery,
  RequestTransitionBody,
  RiskPreview,
  RiskPreviewBody,
  UpdateRequestBody,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { loadRequestDetail } from './request-detail.service.js';
import { transitionRequest } from './request-lifecycle.js';
import { listCentreRequests } from './request-list.service.js';
import { changeRequest, createRequest } from './request.service.js';
import { previewRiskSignals } from './risk-preview.service.js';
import { requestSummaryPdf } from './request-summary.service.js';

const tags = ['requests'];

export async function requestRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/requests',
    {
      schema: {
        tags,
        summary:
          'Work list: filters, search by name, phone, address or number; the queue is state=new&order=oldest',
        querystring: RequestQuery,
        response: { 200: listOf(RequestListItem) },
      },
    },
    async (req) => listCentreRequests(req.db, requireActor(req.actor), req.query),
  );
  r.post(
    '/api/v1/requests',
    {
      schema: {
        tags,
        summary:
          'Take a request (operator, head); the liability warning and the personal-data notice are required',
        body: CreateRequestBody,
        response: { 201: RequestDetail },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      const id = await createRequest(req.db, actor, req.body);
      return reply.status(201).send(await loadRequestDetail(req.db, actor, id, { view: false }));
    },
  );
  r.post(
    '/api/v1/requests/risk-preview',
    {
      schema: {
        tags,
        summary: 'Risk signals of an intake still being typed',
        body: RiskPreviewBody,
        response: { 200: RiskPreview },
      },
    },
    async (req) => ({ riskSignals: await previewRiskSignals(req.db, requireActor(req.actor), req.body) }),
  );
  r.get(
    '/api/v1/requests/:id',
    {
      schema: {
        tags,
        summary: 'A request in full (the opening is recorded in the audit trail)',
        params: IdParams,
        response: { 200: RequestDetail },
      },
    },
    async (req) => loadRequestDetail(req.db, requireActor(req.actor), req.params.id, { view: true }),
  );
  r.put(
    '/api/v1/requests/:id',
    {
      schema: {
        tags,
        summary: 'Correct or complete an open request; `conflict` when it changed since it was read',
        params: IdParams,
        body: UpdateRequestBody,
        response: { 200: RequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req.actor);
      await changeRequest(req.db, actor, req.params.id, req.body);
      return loadRequestDetail(req.db, actor, req.params.id, { view: false });
    },
  );
  r.post(
    '/api/v1/requests/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Decide (eligible, rejected with a reason) or cancel (by whom, why)',
        params: IdParams,
        body: RequestTransitionBody,
        response: { 200: RequestDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req.actor);
      await transitionRequest(req.db, actor, req.params.id, req.body);
      return loadRequestDetail(req.db, actor, req.params.id, { view: false });
    },
  );
  r.get(
    '/api/v1/requests/:id/summary.pdf',
    {
      schema: {
        tags,
        summary: 'A printable summary for the applicant: what to prepare and when (PDF, A4)',
        params: IdParams,
        querystring: z.strictObject({ lang: z.enum(['uk', 'en']).default('uk') }),
        produces: ['application/pdf'],
        response: {
          200: {
            description: 'The summary as a PDF',
            content: { 'application/pdf': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
          },
        },
      },
    },
    async (req, reply) => {
      const pdf = await requestSummaryPdf(req.db, requireActor(req.actor), req.params.id, req.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.fileName}"`)
        .send(Buffer.from(pdf.bytes));
    },
  );
}
