import {
  addDays,
  addressKey,
  addWorkingDays,
  civilDateIn,
  DEFAULT_CALENDAR_SETTINGS,
  previousWorkingDay,
  instantAt,
  type CreateRequestBody,
} from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import type { Actor } from '../auth/actor.js';
import { insertIncident } from '../applicants/incident.repository.js';
import { findCentreBySlug } from '../org/centre.repository.js';
import { acceptPublicRequest } from '../public-requests/public-request.service.js';
import { cancelRequest, markCompleted, markNoShow, markScheduled } from '../requests/request-lifecycle.js';
import type { RequestRecord } from '../requests/request.record.js';
import { findRequest, findRequestByNumber } from '../requests/request.repository.js';
import { createRequest } from '../requests/request.service.js';
import type { DemoContext } from './demo.js';
import { centreServicesWithCodes, dateRequestBack, demoRequestsSeeded } from './demo-intake.repository.js';
import type { DemoRequest } from './requests.demo.data.js';
import { KAMIANSKE_REQUESTS } from './requests.demo.kamianske.js';
import { PYRIATYN_REQUESTS } from './requests.demo.pyriatyn.js';

/**
 * About forty requests over both demo centres, in every state, taken through the same services as
 * real ones (numbers, history, audit) and then dated back to the days they describe. A few raise risk
 * signals: a phone that calls for many people, an 80+ category with a young birth date, addresses
 * outside the community, earlier incidents at an address or with a person, a duplicate applicant.
 */
export async function seedDemoRequests(ctx: DemoContext): Promise<void> {
  if (await demoRequestsSeeded(ctx.db)) return;
  const today = civilDateIn(ctx.today);
  const actors = {
    kamianske: await demoActor(ctx, 'kam.operator'),
    pyriatyn: await demoActor(ctx, 'pyr.operator'),
  };
  const known = new Map<string, string>();
  const ordered = [...KAMIANSKE_REQUESTS, ...PYRIATYN_REQUESTS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const [index, demo] of ordered.entries()) {
    const actor = actors[demo.centre];
    const id = await takeRequest(ctx, actor, demo, known);
    await advance(ctx, actor, id, demo, today);
    const takenOn = addDays(today, -demo.daysAgo);
    const at = instantAt(
      takenOn,
      `${String(9 + (index % 8)).padStart(2, '0')}:${String((index * 7) % 60).padStart(2, '0')}`,
    );
    // Creation times are never changed by the application; only the demo dates its requests back.
    await dateRequestBack(ctx.db, id, at);
    if (demo.incident) await recordDemoIncident(ctx, demo, id, takenOn);
  }
}

async function demoActor(ctx: DemoContext, login: string): Promise<Actor> {
  const actor = await actorFor(ctx.db, ctx.org.persons[login]!, null);
  if (!actor) throw new Error(`The demo person ${login} is missing.`);
  return actor;
}

async function demoRequest(ctx: DemoContext, id: string): Promise<RequestRecord> {
  const request = await findRequest(ctx.db, id);
  if (!request) throw new Error(`The demo request ${id} is missing.`);
  return request;
}

async function takeRequest(ctx: DemoContext, actor: Actor, demo: DemoRequest, known: Map<string, string>) {
  if (demo.channel === 'web') return takeWebRequest(ctx, demo);
  const services = await serviceIds(ctx, demo);
  const key = `${demo.centre}|${demo.applicant}|${demo.birth}`;
  const existing = demo.separateRecord ? undefined : known.get(key);
  const body: CreateRequestBody = {
    channel: demo.channel,
    requester: demo.requester ?? { kind: 'self' },
    applicant: {
      id: existing ?? null,
      fullName: demo.applicant,
      birthDate: demo.birth!,
      phones: demo.phone ? [demo.phone] : [],
      registeredInCommunity: demo.registered ?? true,
    },
    place: place(ctx, demo),
    eligibility: {
      category: demo.category,
      evidence: demo.evidence ?? (demo.category === 'aged_80_plus' ? 'seen' : 'promised'),
    },
    services: services.map((s) => ({
      serviceId: s.id,
      checklistReadOut: true,
      documentsAtHand: s.documents.slice(0, -1).map((d) => d.id),
      paymentMethod: s.fee_kopiyky === null ? null : (demo.payment ?? 'prepaid_receipt'),
    })),
    preferences: { weekdays: ['tue', 'thu'], windows: [{ from: '10:00', to: '14:00' }] },
    needs: {
      witness: demo.needs?.witness ?? false,
      securityEscort: demo.needs?.securityEscort ?? false,
      partner: demo.needs?.partner ?? null,
    },
    callerIdentification:
      demo.channel === 'phone' ? { method: demo.requester ? 'callback' : 'personal_details' } : null,
    liabilityWarning: true,
    personalDataNotice: true,
    notes: null,
    decision:
      demo.state === 'new'
        ? { outcome: 'pending' }
        : demo.state === 'rejected'
          ? { outcome: 'not_eligible', reason: demo.reason ?? null }
          : { outcome: 'eligible' },
  };
  const id = await createRequest(ctx.db, actor, body);
  const applicantId = (await demoRequest(ctx, id)).applicantId;
  if (!existing && !known.has(key)) known.set(key, applicantId);
  return id;
}

async function takeWebRequest(ctx: DemoContext, demo: DemoRequest): Promise<string> {
  const centre = await findCentreBySlug(ctx.db, demo.centre);
  if (!centre) throw new Error('The demo centre is missing.');
  const number = await acceptPublicRequest(ctx.db, centre, {
    centre: demo.centre,
    requester: { kind: demo.requester!.kind, name: demo.requester!.name },
    applicantName: demo.applicant,
    placeKind: 'home',
    localityId: ctx.org.localities[demo.locality] ?? null,
    address: demo.street,
    serviceIds: (await serviceIds(ctx, demo)).map((s) => s.id),
    category: demo.category,
    phone: demo.phone!,
    consent: true,
    liability: true,
  });
  const request = await findRequestByNumber(ctx.db, number);
  if (!request) throw new Error(`The demo request ${number} is missing.`);
  return request.id;
}

function place(ctx: DemoContext, demo: DemoRequest): CreateRequestBody['place'] {
  const localityId = ctx.org.localities[demo.locality] ?? null;
  const address = {
    localityId,
    localityName: localityId ? null : demo.locality,
    street: demo.street,
    building: demo.building,
    apartment: demo.apartment ?? null,
  };
  if (demo.place === 'outreach_point') {
    const name =
      demo.centre === 'kamianske' ? 'Будинок культури, Карнаухівка' : 'Приміщення старостату, Каплинці';
    return { kind: 'outreach_point', outreachPointId: ctx.org.outreachPoints[name]! };
  }
  if (demo.place === 'hospital') return { kind: 'hospital', hospitalName: demo.hospital!, address };
  return { kind: 'home', address };
}

async function serviceIds(ctx: DemoContext, demo: DemoRequest) {
  const rows = await centreServicesWithCodes(ctx.db, ctx.org.centres[demo.centre].id, demo.services);
  return demo.services.map((code) => rows.find((r) => r.code === code)!);
}

/** Moves a request on from where the intake left it to the state the demo describes. */
async function advance(ctx: DemoContext, actor: Actor, id: string, demo: DemoRequest, today: string) {
  const planned = demo.planned === undefined ? null : workingDayFrom(today, demo.planned);
  if (['scheduled', 'completed', 'no_show'].includes(demo.state))
    await markScheduled(ctx.db, actor, id, planned!);
  if (demo.state === 'completed') await markCompleted(ctx.db, actor, id);
  if (demo.state === 'no_show') await markNoShow(ctx.db, actor, id, 'Нікого не було вдома');
  if (demo.state === 'cancelled')
    await cancelRequest(ctx.db, actor, id, { by: demo.cancelledBy!, reason: demo.reason! });
}

async function recordDemoIncident(ctx: DemoContext, demo: DemoRequest, requestId: string, on: string) {
  const row = await demoRequest(ctx, requestId);
  const localityId = ctx.org.localities[demo.locality] ?? null;
  await insertIncident(ctx.db, {
    centreId: row.centreId,
    kind: demo.incident!,
    occurredOn: row.plannedDate ?? on,
    applicantId: demo.incident === 'doubtful_capacity' ? row.applicantId : null,
    requestId,
    addressKey: addressKey({
      localityId,
      street: demo.street,
      building: demo.building,
      apartment: demo.apartment ?? null,
    }),
    note: 'Демонстраційний запис',
    recordedBy: ctx.org.persons[demo.centre === 'kamianske' ? 'kam.field' : 'pyr.field'] ?? null,
  });
}

/** The working day `n` working days after `today` (before it when `n` is negative). */
function workingDayFrom(today: string, n: number): string {
  if (n >= 0) return addWorkingDays(today, n, DEFAULT_CALENDAR_SETTINGS);
  let day = today;
  for (let i = 0; i < -n; i++) day = previousWorkingDay(day, DEFAULT_CALENDAR_SETTINGS);
  return day;
}
