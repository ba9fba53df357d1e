import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CalendarFeed, IdParams } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import {
  calendarFeedIcs,
  calendarFeedOf,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from './calendar-feed.service.js';

const tags = ['calendar feeds'];
const FeedFile = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) });

/** Per-person .ics subscriptions: managed by the person or a head, read by calendar apps by token. */
export async function calendarFeedRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/staff/:id/calendar-feed',
    { schema: { tags, params: IdParams, response: { 200: CalendarFeed } } },
    async (req) => calendarFeedOf(req.db, requireActor(req.actor), req.params.id),
  );
  r.post(
    '/api/v1/staff/:id/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Make a new subscription link; the old one stops working (the person or a head)',
        params: IdParams,
        response: { 200: CalendarFeed },
      },
    },
    async (req) => rotateCalendarFeed(req.db, requireActor(req.actor), req.params.id, app.config.publicUrl),
  );
  r.delete(
    '/api/v1/staff/:id/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Revoke the subscription link',
        params: IdParams,
        response: { 200: CalendarFeed },
      },
    },
    async (req) => revokeCalendarFeed(req.db, requireActor(req.actor), req.params.id),
  );
  r.get(
    '/api/v1/public/calendar/:file',
    {
      schema: {
        tags,
        summary: 'The .ics feed behind a subscription link',
        params: FeedFile,
        produces: ['text/calendar'],
      },
    },
    async (req, reply) => {
      const ics = await calendarFeedIcs(req.db, req.params.file.slice(0, -4));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(ics);
    },
  );
}
