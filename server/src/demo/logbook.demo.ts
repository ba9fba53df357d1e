import {
  addDays,
  civilDateIn,
  instantAt,
  isWorkingDay,
  nextWorkingDay,
  uuidv7,
  type DeliveryMethod,
  type LogbookEventKind,
} from '@valiza/domain';
import type { Db } from '../db/database.js';
import { insertApplications, type NewApplication } from '../logbook/application.repository.js';
import type { EventContent } from '../logbook/chain.js';
import { storeHistory } from '../logbook/logbook-bulk.js';
import { calendarSettingsOf } from '../scheduling/centre-calendar.service.js';
import type { DemoContext } from './demo.js';
import { centreApplicantIds, centreHasLogbook, centreServicesByCode } from './demo-history.repository.js';

const CENTRES = [
  { slug: 'kamianske' as const, field: 'kam.field', head: 'kam.head', operator: 'kam.operator' },
  { slug: 'pyriatyn' as const, field: 'pyr.field', head: 'pyr.head', operator: 'pyr.operator' },
];

/** Days of history before today. */
const HISTORY_DAYS = 80;

const REFUSAL_REASONS = [
  'Не подано довідку про склад сім’ї',
  'Заявник не є власником житла',
  'Закінчився строк дії паспорта',
];
const DELIVERIES: DeliveryMethod[] = ['pickup', 'pickup', 'post', 'courier', 'electronic'];

/** A small deterministic random source, so the demo looks the same on every start. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

type DemoEvent = Omit<EventContent, 'kind' | 'centre_id'> & { kind: LogbookEventKind };

/**
 * A few months of logbook for both demo centres: applications registered on working days, most
 * forwarded on time and decided, results delivered by every method; some refused (a few reviewed
 * by the head), some forwarded late, some still waiting today, some overdue to forward and at the
 * provider — so that the morning dashboard has something to show.
 */
export async function seedLogbookDemo(ctx: DemoContext): Promise<void> {
  for (const [index, centre] of CENTRES.entries()) {
    const centreId = ctx.org.centres[centre.slug].id;
    if (await centreHasLogbook(ctx.db, centreId)) continue;
    await seedCentre(ctx, centreId, centre, random(index + 7));
  }
}

async function seedCentre(
  ctx: DemoContext,
  centreId: string,
  cast: (typeof CENTRES)[number],
  rnd: () => number,
): Promise<void> {
  const db: Db = ctx.db;
  const settings = await calendarSettingsOf(db, centreId);
  const applicants = await centreApplicantIds(db, centreId, true);
  const services = await centreServicesByCode(db, centreId, 'active');
  const fieldId = ctx.org.persons[cast.field];
  const headId = ctx.org.persons[cast.head];
  const operatorId = ctx.org.persons[cast.operator] ?? headId;
  if (applicants.length === 0 || services.length === 0 || !fieldId || !headId || !operatorId) return;
  const now = ctx.today;
  const today = civilDateIn(now);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const minutes = (n: number) => n * 60_000;
  const events: DemoEvent[] = [];
  const apps: (NewApplication & { receivedAt: Date })[] = [];
  const event = (
    applicationId: string,
    kind: LogbookEventKind,
    at: Date,
    content: Record<string, unknown>,
    by: string,
  ) => {
    if (at.getTime() > now.getTime()) return false;
    const recorded = new Date(Math.min(now.getTime(), at.getTime() + minutes(5 + Math.floor(rnd() * 60))));
    events.push({
      id: uuidv7(),
      application_id: applicationId,
      kind,
      content,
      occurred_at: at,
      recorded_at: recorded,
      recorded_by: by,
      corrects_id: null,
    });
    return true;
  };

  for (let back = HISTORY_DAYS; back >= 0; back--) {
    const day = addDays(today, -back);
    if (!isWorkingDay(day, settings)) continue;
    const count = back === 0 ? 1 : back <= 3 ? 3 : 1 + Math.floor(rnd() * 2);
    for (let i = 0; i < count; i++) {
      const receivedAt = instantAt(
        day,
        `${String(9 + Math.floor(rnd() * 6)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`,
      );
      if (receivedAt.getTime() > now.getTime()) continue;
      const service = pick(services);
      const app = { id: uuidv7() };
      apps.push({
        id: app.id,
        centreId,
        place: pick(['mobile_visit', 'mobile_visit', 'outreach_point', 'centre'] as const),
        applicantId: pick(applicants).id,
        service,
        administratorId: fieldId,
        documents: [
          { name: 'Заява', pages: 1, original: true, certified: false },
          { name: 'Паспорт громадянина України (копія)', pages: 2, original: false, certified: true },
        ],
        receivedAt,
      });
      // The last three days: some still waiting to be forwarded (due today, or already late).
      if (back <= 3 && i > 0) continue;
      const forwardDay =
        rnd() < 0.1 ? addDays(nextWorkingDay(day, settings), 1) : nextWorkingDay(day, settings);
      const forwardedAt = instantAt(forwardDay, '09:30');
      if (
        !event(
          app.id,
          'forwarded',
          forwardedAt,
          { method: pick(['e_registry', 'e_registry', 'courier', 'email']) },
          operatorId,
        )
      )
        continue;
      // Recent ones wait at the provider; a few older ones are overdue there.
      if (back < 12 || rnd() < 0.05) continue;
      const decidedAt = new Date(forwardedAt.getTime() + minutes(60 * 24 * (3 + Math.floor(rnd() * 8))));
      const roll = rnd();
      const decision = roll < 0.8 ? 'granted' : roll < 0.93 ? 'refused' : 'returned';
      const content = decision === 'granted' ? { decision } : { decision, reason: pick(REFUSAL_REASONS) };
      if (!event(app.id, 'decision', decidedAt, content, operatorId)) continue;
      if (decision === 'refused' && rnd() < 0.5)
        event(
          app.id,
          'refusal_review',
          new Date(decidedAt.getTime() + minutes(60 * 26)),
          rnd() < 0.5
            ? { justified: true, actions: 'Пояснили заявникові, які документи подати повторно.' }
            : { justified: false, actions: 'Звернулися до суб’єкта надання; заяву подано повторно.' },
          headId,
        );
      const resultAt = new Date(decidedAt.getTime() + minutes(60 * 24));
      if (!event(app.id, 'result_received', resultAt, {}, operatorId)) continue;
      if (back < 25) continue;
      const method = pick(DELIVERIES);
      event(
        app.id,
        'delivered',
        new Date(resultAt.getTime() + minutes(60 * 24 * (1 + Math.floor(rnd() * 4)))),
        method === 'post'
          ? { method, trackingNumber: `05000${Math.floor(10_000_000 + rnd() * 89_999_999)}` }
          : { method },
        operatorId,
      );
    }
  }
  await insertApplications(db, centreId, apps);
  events.sort((a, b) => a.recorded_at.getTime() - b.recorded_at.getTime());
  await storeHistory(db, centreId, events);
}
