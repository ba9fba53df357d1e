import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AbsenceQuery,
  CalendarDay,
  CentreCalendar,
  CentreDayBody,
  DayParams,
  DayRangeQuery,
  IdParams,
  MartialLawBody,
  Ok,
  SchedulingSettings,
  SchedulingSettingsBody,
  StaffAbsence,
  StaffAbsenceBody,
  StaffHours,
  StaffHoursBody,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import {
  centreCalendar,
  changeSchedulingSettings,
  clearCentreDay,
  schedulingSettings,
  setCentreDay,
  switchMartialLaw,
} from './centre-calendar.service.js';
import {
  addStaffAbsence,
  getStaffHours,
  listStaffAbsences,
  removeStaffAbsence,
  setStaffHours,
} from './staff-time.service.js';

const tags = ['calendar'];

/** The centre's working-day calendar, staff hours and absences, and routing settings. */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/calendar',
    {
      schema: {
        tags,
        summary: 'Working days of a period',
        querystring: DayRangeQuery,
        response: { 200: CentreCalendar },
      },
    },
    async (req) => centreCalendar(req.db, requireActor(req.actor), req.query.from, req.query.to),
  );
  r.put(
    '/api/v1/calendar/days/:day',
    {
      schema: {
        tags,
        summary: "Declare a centre's day off or working day (head)",
        params: DayParams,
        body: CentreDayBody,
        response: { 200: CalendarDay },
      },
    },
    async (req) => setCentreDay(req.db, requireActor(req.actor), req.params.day, req.body),
  );
  r.delete(
    '/api/v1/calendar/days/:day',
    {
      schema: {
        tags,
        summary: "Remove the centre's mark from a day (head)",
        params: DayParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await clearCentreDay(req.db, requireActor(req.actor), req.params.day);
      return { ok: true as const };
    },
  );
  r.put(
    '/api/v1/calendar/martial-law',
    {
      schema: {
        tags,
        summary: 'Switch martial law for the calendar (head)',
        body: MartialLawBody,
        response: { 200: MartialLawBody },
      },
    },
    async (req) => switchMartialLaw(req.db, requireActor(req.actor), req.body.martialLaw),
  );
  r.get(
    '/api/v1/scheduling/settings',
    {
      schema: {
        tags,
        summary: "The centre's route start point and travel estimate",
        response: { 200: SchedulingSettings },
      },
    },
    async (req) => schedulingSettings(req.db, requireActor(req.actor), app.config.mapTilesUrl),
  );
  r.put(
    '/api/v1/scheduling/settings',
    {
      schema: {
        tags,
        summary: 'Set the route start point and travel estimate (head)',
        body: SchedulingSettingsBody,
        response: { 200: SchedulingSettings },
      },
    },
    async (req) =>
      changeSchedulingSettings(req.db, requireActor(req.actor), req.body, app.config.mapTilesUrl),
  );
  r.get(
    '/api/v1/staff/:id/hours',
    { schema: { tags, params: IdParams, response: { 200: StaffHours } } },
    async (req) => getStaffHours(req.db, requireActor(req.actor), req.params.id),
  );
  r.put(
    '/api/v1/staff/:id/hours',
    {
      schema: {
        tags,
        summary: "Set a person's own hours, or null to follow the centre (head)",
        params: IdParams,
        body: StaffHoursBody,
        response: { 200: StaffHours },
      },
    },
    async (req) => setStaffHours(req.db, requireActor(req.actor), req.params.id, req.body.hours),
  );
  r.get(
    '/api/v1/absences',
    {
      schema: {
        tags,
        querystring: AbsenceQuery,
        response: { 200: z.object({ items: z.array(StaffAbsence) }) },
      },
    },
    async (req) => ({ items: await listStaffAbsences(req.db, requireActor(req.actor), req.query) }),
  );
  r.post(
    '/api/v1/absences',
    {
      schema: {
        tags,
        summary: 'Record an absence (head)',
        body: StaffAbsenceBody,
        response: { 201: StaffAbsence },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addStaffAbsence(req.db, requireActor(req.actor), req.body)),
  );
  r.delete(
    '/api/v1/absences/:id',
    { schema: { tags, summary: 'Remove an absence (head)', params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await removeStaffAbsence(req.db, requireActor(req.actor), req.params.id);
      return { ok: true as const };
    },
  );
}
