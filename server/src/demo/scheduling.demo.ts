import {
  addDays,
  civilDateIn,
  isWorkingDay,
  type CreateRequestBody,
  type KitChecklist,
  type ServiceBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { actorFor } from '../auth/auth.service.js';
import { createService, listCentreServices } from '../catalogue/service.service.js';
import { createRequest } from '../requests/request.service.js';
import { calendarSettingsOf } from '../scheduling/centre-calendar.service.js';
import { recordKitCheck } from '../scheduling/kit-check.service.js';
import { createOutreachSchedule, listOutreachSessions } from '../scheduling/outreach.service.js';
import { approvePlans } from '../scheduling/plan-approval.service.js';
import { listPlanSummaries } from '../scheduling/plan-board.js';
import { placeVisit } from '../scheduling/visit.service.js';
import type { DemoContext } from './demo.js';

/** The two demo centres' planning cast: who plans, who goes out, the kit, the outreach rhythm. */
const CENTRES = [
  {
    slug: 'kamianske' as const,
    head: 'kam.head',
    operator: 'kam.operator',
    field: 'kam.field',
    tech: 'kam.tech',
    kit: 'КАМ-1',
    point: 'Будинок культури, Карнаухівка',
    outreach: { weekday: 2, startTime: '10:00', endTime: '13:00' },
    localities: ['Кам’янське', 'Романкове', 'Світле', 'Карнаухівка'],
    people: [
      'Гнатюк Марія Степанівна',
      'Лещенко Петро Іванович',
      'Оліфіренко Ганна Миколаївна',
      'Савчук Іван Петрович',
      'Дяченко Ольга Федорівна',
      'Тимошенко Василь Андрійович',
      'Кузьменко Надія Олексіївна',
      'Бойко Степан Григорович',
      'Марченко Лідія Павлівна',
      'Рудь Микола Семенович',
      'Остапенко Віра Іванівна',
      'Пономаренко Григорій Олексійович',
      'Швець Катерина Дмитрівна',
    ],
  },
  {
    slug: 'pyriatyn' as const,
    head: 'pyr.head',
    operator: 'pyr.operator',
    field: 'pyr.field',
    tech: 'pyr.head',
    kit: 'ПИР-1',
    point: 'Приміщення старостату, Каплинці',
    outreach: { weekday: 4, startTime: '09:00', endTime: '12:00' },
    localities: ['Пирятин', 'Велика Круча', 'Малютинці', 'Каплинці'],
    people: [
      'Головко Параска Іванівна',
      'Литвиненко Андрій Петрович',
      'Сидоренко Євдокія Миколаївна',
      'Кравець Іван Іванович',
      'Захарченко Марфа Степанівна',
      'Приходько Федір Васильович',
      'Мороз Антоніна Петрівна',
      'Гордієнко Олексій Іванович',
      'Білик Тетяна Григорівна',
      'Федоренко Микола Андрійович',
      'Ковальчук Ганна Іванівна',
    ],
  },
];

const REGISTRATION: ServiceBody = {
  code: 'REG-RES',
  name: 'Реєстрація місця проживання',
  nameEn: 'Registration of residence',
  provider: 'Виконавчий комітет міської ради',
  fieldDeliverable: true,
  fee: { kind: 'free' },
  termDays: 1,
  termKind: 'working',
  documents: [
    { name: 'Паспорт громадянина України або ID-картка', form: 'original', note: null },
    { name: 'Заява', form: 'original', note: null },
  ],
  estimatedMinutes: 40,
  demonstration: false,
  active: true,
};

const READY: KitChecklist = {
  charged: true,
  internet_balance: true,
  paper: true,
  cartridge: true,
  scanner_batteries: true,
  camera: true,
};
const SLOTS = [
  ['09:00', '09:40'],
  ['10:30', '11:10'],
  ['13:00', '13:40'],
] as const;

/** A landline for every fourth person, so the operators' call list has someone on it. */
function phoneOf(index: number): string {
  return index % 4 === 3 ? `+38056${String(7_100_000 + index)}` : `+38067${String(4_100_000 + index * 137)}`;
}

async function intake(
  db: DemoContext['db'],
  operator: Actor,
  serviceId: string,
  localityIds: string[],
  name: string,
  index: number,
) {
  const body: CreateRequestBody = {
    channel: 'phone',
    requester: { kind: 'self' },
    applicant: {
      fullName: name,
      birthDate: `${1935 + (index % 10)}-0${1 + (index % 9)}-1${index % 10}`,
      phones: [phoneOf(index)],
      registeredInCommunity: true,
    },
    place: {
      kind: 'home',
      address: {
        localityId: localityIds[index % localityIds.length]!,
        street: `вул. Шевченка`,
        building: String(3 + index * 2),
        intercom: index % 2 ? `${index}К` : null,
        accessNotes: index % 3 ? null : 'Хвіртка з боку городу',
      },
    },
    eligibility: { category: 'disability_group_1', evidence: 'seen' },
    services: [{ serviceId, checklistReadOut: true, documentsAtHand: [] }],
    preferences: { weekdays: [], windows: index % 3 === 1 ? [{ from: '09:00', to: '12:00' }] : [] },
    needs: { witness: false, securityEscort: false },
    callerIdentification: { method: 'personal_details', note: null },
    liabilityWarning: true,
    personalDataNotice: true,
    notes: null,
    decision: { outcome: 'eligible' },
  };
  return createRequest(db, operator, body);
}

/**
 * A week of planning for both centres around the demo's today: an outreach schedule with its
 * sessions, kit checks, home visits each working day (today included, so the field app has an
 * approved plan for kam.field and pyr.field), an outreach booking, the week approved, the notices
 * queued — and a few requests still waiting for the board.
 */
export async function seedSchedulingDemo(ctx: DemoContext): Promise<void> {
  const { db, org } = ctx;
  const today = civilDateIn(ctx.today);
  for (const c of CENTRES) {
    const centre = org.centres[c.slug];
    const done = await db
      .selectFrom('visits')
      .select('id')
      .where('centre_id', '=', centre.id)
      .executeTakeFirst();
    if (done) continue;
    const actor = async (login: string) => (await actorFor(db, org.persons[login]!, null))!;
    const [head, operator, tech] = [await actor(c.head), await actor(c.operator), await actor(c.tech)];
    const fieldId = org.persons[c.field]!;
    const kitId = org.kits[c.kit]!;
    const services = await listCentreServices(db, head, 'true');
    const serviceId = services[0]?.id ?? (await createService(db, head, REGISTRATION)).id;
    const localityIds = c.localities.map((name) => org.localities[name]!).filter(Boolean);
    const requests: string[] = [];
    for (const [index, name] of c.people.entries())
      requests.push(await intake(db, operator, serviceId, localityIds, name, index));

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

    const calendar = await calendarSettingsOf(db, centre.id);
    const days = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(today, n));
    let next = 0;
    for (const day of days) {
      const working = isWorkingDay(day, calendar);
      // Today always gets visits: the field app's demo opens on today's approved plan.
      if (!working && day !== today) continue;
      const sessions = await listOutreachSessions(db, head, { from: day, to: day });
      for (const [start, end] of sessions.length ? SLOTS.slice(2) : SLOTS.slice(0, 2)) {
        const requestId = requests[next++];
        if (!requestId) break;
        await placeVisit(db, working ? operator : head, {
          kind: 'home',
          requestId,
          day,
          startTime: start,
          endTime: end,
          staffIds: [fieldId],
          kitId,
          companions: [],
          ...(working ? {} : { overrideReason: 'Чергування у вихідний день' }),
        });
      }
      if (day === today || day === addDays(today, 1))
        await recordKitCheck(db, tech, {
          kitId,
          day,
          items: day === today ? READY : { ...READY, paper: false },
          notes: day === today ? null : 'Докупити папір',
        });
    }
    const upcoming = await listOutreachSessions(db, head, { from: today, to: addDays(today, 6) });
    const session = upcoming.find((s) => s.endsAt > ctx.today.toISOString());
    if (session && requests[next])
      await placeVisit(db, operator, {
        kind: 'outreach',
        requestId: requests[next]!,
        outreachSessionId: session.id,
      });

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
