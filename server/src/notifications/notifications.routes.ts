import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CallListItem, CallListQuery, IdParams, MarkCallBody, Ok, OutboxItem } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { callList, markCall, outbox } from './call-list.service.js';

const tags = ['notifications'];

/** The operators' call list and the head's view of the text-message queue. */
export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/call-list',
    {
      schema: {
        tags,
        summary: 'People to call on a day instead of a text message (operator, head)',
        querystring: CallListQuery,
        response: { 200: z.object({ items: z.array(CallListItem) }) },
      },
    },
    async (req) => ({ items: await callList(req.db, requireActor(req.actor), req.query.day) }),
  );
  r.post(
    '/api/v1/call-list/:id/mark',
    {
      schema: {
        tags,
        summary: 'Mark a call as made or not reached (operator, head)',
        params: IdParams,
        body: MarkCallBody,
        response: { 200: Ok },
      },
    },
    async (req) => markCall(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.get(
    '/api/v1/sms-outbox',
    {
      schema: {
        tags,
        summary: 'Text messages made on a day and their state (head); no phones or texts',
        querystring: CallListQuery,
        response: { 200: z.object({ items: z.array(OutboxItem) }) },
      },
    },
    async (req) => ({ items: await outbox(req.db, requireActor(req.actor), req.query.day) }),
  );
}
