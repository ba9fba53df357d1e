import type { FastifyInstance } from 'fastify';
import {
  CreateFeedbackBody,
  FeedbackItem,
  FeedbackListQuery,
  FeedbackStepBody,
  IdParams,
  listOf,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { createFeedback, feedbackItem, feedbackRegister, stepFeedback } from './feedback.service.js';

const tags = ['feedback'];

/** The feedback register of every channel, and the way of a proposal. */
export async function feedbackRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: 'The register, newest first (quality, head, comms)',
        querystring: FeedbackListQuery,
        response: { 200: listOf(FeedbackItem) },
      },
    },
    async (req) => feedbackRegister(req.db, requireActor(req.actor), req.query),
  );
  r.post(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: 'Enter feedback from a social network, the website or elsewhere',
        body: CreateFeedbackBody,
        response: { 201: FeedbackItem },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createFeedback(req.db, requireActor(req.actor), req.body)),
  );
  r.get(
    '/api/v1/feedback/:id',
    {
      schema: {
        tags,
        summary: 'One entry of the register',
        params: IdParams,
        response: { 200: FeedbackItem },
      },
    },
    async (req) => feedbackItem(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/feedback/:id/steps',
    {
      schema: {
        tags,
        summary: 'Move a proposal on: discussed → decided (accepted or not, what changes) → published',
        params: IdParams,
        body: FeedbackStepBody,
        response: { 200: FeedbackItem },
      },
    },
    async (req) => stepFeedback(req.db, requireActor(req.actor), req.params.id, req.body),
  );
}
