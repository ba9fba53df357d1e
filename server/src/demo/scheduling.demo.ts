import {
  addDays,
  civilDateIn,
  isWorkingDay,
  minutesOf,
  timeOfMinutes,
  type Companion,
  type CompanionKind,
  type KitChecklist,
} from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import { calendarSettingsOf } from '../scheduling/centre-calendar.service.js';
import { recordKitCheck } from '../scheduling/kit-check.service.js';
import { createOutreachSchedule, listOutreachSessions } from '../scheduling/outreach.service.js';
import { approvePlans } from '../scheduling/plan-approval.service.js';
import { listPlanSummaries } from '../scheduling/plan-board.js';
import { findPlanningRequests } from '../scheduling/request-source.repository.js';
import { placeVisit } from '../scheduling/visit.service.js';
import type { DemoContext } from './demo.js';
import { centreHasVisits, scheduledAndEligibleRequests } from './demo-intake.repository.js';

/** The two demo centres' planning cast: who plans, who goes out, the kit, the outreach rhythm. */
const CENTRES = [
  {
    slug: 'kamianske' as const,
    head: 'kam.head',
    field: 'kam.field',
    tech: 'kam.tech',
    kit: 'КАМ-1',
    point: 'Будинок культури, Карнаухівка',
    outreach: { weekday: 2, startTime: '10:00', endTime: '13:00' },
  },
  {
    slug: 'pyriatyn' as const,
    head: 'pyr.head',
    field: 'pyr.field',
    tech: 'pyr.head',
    kit: 'ПИР-1',
    point: 'Приміщення старостату, Каплинці',
    outreach: { weekday: 4, startTime: '09:00', endTime: '12:00' },
  },
];

/** Who goes along when a request needs it (outside people, named as the plan would name them). */
const COMPANIONS: Record<CompanionKind, Companion> = {
  escort: { kind: 'escort', name: 'Черговий наряд', organisation: 'Муніципальна охорона' },
  witness: { kind: 'witness', name: 'Староста округу' },
  partner: { kind: 'partner', name: 'Фахівець із соціальних питань', organisation: 'УСЗН' },
};

const READY: KitChecklist = {
  charged: true,
  internet_balance: true,
  paper: true,
  cartridge: true,
  scanner_batteries: true,
  camera: true,
};

/** Home visits placed on the demo's today for each centre's field login (more when intake promised some). */
const TODAY_VISITS = 2;

/** Minutes left for the road between two stops of the demo day. */
const ROAD = 30;

/**
 * A week of planning for both centres around the demo's today, on the requests the intake demo
 * made: an outreach schedule with its sessions, visits for the requests intake already promised a
 * date, a few eligible requests placed today (so the field app opens on an approved plan for
 * kam.field and pyr.field with several visits to work through), kit checks, the week approved and
 * the notices queued. Other eligible requests stay
 * waiting on the board.
 */
export async function seedSchedulingDemo(ctx: DemoContext): Promise<void> {
  const { db, org } = ctx;
  const today = civilDateIn(ctx.today);
  for (const c of CENTRES) {
    const centre = org.centres[c.slug];
    if (await centreHasVisits(db, centre.id)) continue;
    const actor = async (login: string) => (await actorFor(db, org.persons[login]!, null))!;
    const [head, tech] = [await actor(c.head), await actor(c.tech)];
    const fieldId = org.persons[c.field]!;
    const kitId = org.kits[c.kit]!;
    await createOutreachSchedule(
      db,
      head,
      {
        outreachPointId: org.outreachPoints[c.point]!,
        rule: { frequency: 'weekly', weekday: c.outreach.weekday },
        startTime: c.outreach.startTime,
        endTime: c.outreach.endTime,
        validFrom: addDays(today, -7),
        validUntil: null,
        exceptions: [],
        staffIds: [fieldId],
        kitId,
        active: true,
      },
      today,
    );

    const rows = await scheduledAndEligibleRequests(db, centre.id);
    const promised = rows.filter((r) => r.state === 'scheduled' && r.planned_date && r.planned_date >= today);
    // Today gets a few home visits, so a newcomer signed in as the field login can work a whole day —
    // several visits — at once. Eligible requests stay waiting on the board too: two where there are
    // enough (a planner can try placing one and being refused a double booking), else one.
    const eligible = rows.filter((r) => r.state === 'eligible');
    const keepWaiting = eligible.length >= TODAY_VISITS + 2 ? 2 : 1;
    const todays = eligible.slice(0, Math.max(0, Math.min(TODAY_VISITS, eligible.length - keepWaiting)));
    const wanted = [
      ...todays.map((r) => ({ id: r.id, day: today })),
      ...promised.map((r) => ({ id: r.id, day: r.planned_date! })),
    ];
    const requests = new Map(
      (
        await findPlanningRequests(
          db,
          wanted.map((w) => w.id),
        )
      ).map((r) => [r.id, r]),
    );
    const calendar = await calendarSettingsOf(db, centre.id);
    // Each day's visits follow one another from 08:30, stepping around that day's outreach session.
    const cursor = new Map<string, number>();
    for (const { id, day } of wanted) {
      const request = requests.get(id)!;
      let start = cursor.get(day) ?? minutesOf('08:30');
      const [session] = await listOutreachSessions(db, head, { from: day, to: day });
      if (
        session &&
        start < minutesOf(session.endTime) + ROAD &&
        start + request.serviceMinutes + ROAD > minutesOf(session.startTime)
      )
        start = minutesOf(session.endTime) + ROAD;
      cursor.set(day, start + request.serviceMinutes + ROAD);
      const working = isWorkingDay(day, calendar);
      await placeVisit(db, head, {
        kind: 'home',
        requestId: id,
        day,
        startTime: timeOfMinutes(start),
        endTime: timeOfMinutes(start + request.serviceMinutes),
        staffIds: [fieldId],
        kitId,
        companions: request.needs.map((need) => COMPANIONS[need]),
        // Today always gets a visit: the field app's demo opens on today's approved plan.
        ...(working ? {} : { overrideReason: 'Чергування у вихідний день' }),
      });
    }
    await recordKitCheck(db, tech, { kitId, day: today, items: READY, notes: null });
    await recordKitCheck(db, tech, {
      kitId,
      day: addDays(today, 1),
      items: { ...READY, paper: false },
      notes: 'Докупити папір',
    });
    const sessions = await listOutreachSessions(db, head, { from: today, to: addDays(today, 6) });
    const open = sessions.find((s) => s.endsAt > ctx.today.toISOString());
    const placedToday = new Set(todays.map((r) => r.id));
    const waiting = eligible.filter((r) => !placedToday.has(r.id));
    // One person comes to the outreach session (someone who needs no escort, witness or partner: a
    // session has no companions of its own); the requests kept waiting stay on the board.
    const walkIn = (
      await findPlanningRequests(
        db,
        waiting.map((r) => r.id),
      )
    ).find((r) => r.needs.length === 0);
    if (open && walkIn && waiting.length > keepWaiting)
      await placeVisit(db, head, { kind: 'outreach', requestId: walkIn.id, outreachSessionId: open.id });

    const week = await listPlanSummaries(db, head, today, addDays(today, 6));
    const versions = Object.fromEntries(week.filter((d) => d.version > 0).map((d) => [d.day, d.version]));
    if (Object.keys(versions).length)
      await approvePlans(db, head, {
        from: today,
        to: addDays(today, 6),
        versions,
        kitNotReadyReason: 'Перевірку комплекту зроблять уранці перед виїздом',
      });
  }
}
