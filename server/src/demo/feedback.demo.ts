import { DEFAULT_SURVEY_SETTINGS, instantAt, parseApplicationNumber, uuidv7 } from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import type { Actor } from '../auth/actor.js';
import { nextOfficeNumber } from '../application-numbers/application-number.service.js';
import { feedbackTokenHash } from '../feedback/feedback-token.repository.js';
import { createFeedback, stepFeedback } from '../feedback/feedback.service.js';
import { submitPublicFeedback } from '../feedback/public-feedback.service.js';
import { recordQuestionnaire } from '../feedback/questionnaire.service.js';
import { saveSurveySettings } from '../feedback/survey.repository.js';
import { createSurveyTasks } from '../feedback/survey-task.job.js';
import { recordSurveyCall } from '../feedback/survey.service.js';
import type { DemoContext } from './demo.js';
import {
  feedbackDemoSeeded,
  firstServiceOfRequest,
  insertApplicationWithFeedbackToken,
  insertPastVisitWithReport,
  pastRequestsWithoutVisit,
  surveyTasksByVisitDay,
} from './demo-feedback.repository.js';

/** One-time feedback tokens printed on demo confirmations (`/feedback/<token>`); the last is used. */
export const DEMO_FEEDBACK_TOKENS = {
  kamianske: ['demo-kam-1', 'demo-kam-2', 'demo-kam-3'],
  pyriatyn: ['demo-pyr-1'],
} as const;

const CAST = {
  kamianske: { field: 'kam.field', quality: 'kam.quality', head: 'kam.head', kit: 'КАМ-1' },
  pyriatyn: { field: 'pyr.field', quality: 'pyr.head', head: 'pyr.head', kit: 'ПИР-1' },
} as const;

/**
 * The quality history of the demo: the requests the intake demo completed (or found nobody at) get
 * their past visit and the field's report, the survey job makes their tasks, and the quality officer
 * has called some of them — one person said they were asked for money, so the head of Kamianske
 * opens the demo on an alert. The register holds a proposal taken all the way to publication, a
 * complaint from the website, questionnaires from the field and one entry from the public page.
 */
export async function seedFeedbackDemo(ctx: DemoContext): Promise<void> {
  const { db, org } = ctx;
  if (await feedbackDemoSeeded(db)) return;
  const visits: Record<string, { visitId: string; requestId: string }[]> = {};
  for (const slug of ['kamianske', 'pyriatyn'] as const) {
    const centreId = org.centres[slug].id;
    visits[slug] = await reportPastVisits(
      ctx,
      centreId,
      org.persons[CAST[slug].field]!,
      org.kits[CAST[slug].kit]!,
    );
    // The centre's rules, written once (the defaults): every visit, three working days.
    await saveSurveySettings(db, centreId, { ...DEFAULT_SURVEY_SETTINGS, version: 0 });
  }
  await createSurveyTasks(db);
  for (const slug of ['kamianske', 'pyriatyn'] as const) {
    const centreId = org.centres[slug].id;
    const actor = (login: string) => demoActor(ctx, login);
    const quality = await actor(CAST[slug].quality);
    await callSurveys(ctx, quality, centreId, slug === 'kamianske');
    const first = visits[slug]![0];
    if (first)
      for (const token of DEMO_FEEDBACK_TOKENS[slug])
        await printToken(ctx, centreId, first, org.persons[CAST[slug].field]!, token);
    const field = (await actor(CAST[slug].field)) as Actor & { centreId: string };
    await recordQuestionnaire(db, field, uuidv7(), {
      politeness: 5,
      clarity: 5,
      satisfaction: 5,
      askedForMoney: false,
      kind: 'praise',
      text: 'Дуже ввічливо і зрозуміло пояснили.',
    });
    await recordQuestionnaire(db, field, uuidv7(), {
      politeness: 4,
      clarity: 3,
      satisfaction: 4,
      askedForMoney: null,
      kind: null,
      text: null,
    });
    if (slug === 'kamianske') await registerEntries(ctx, await actor(CAST[slug].head), quality);
  }
}

async function demoActor(ctx: DemoContext, login: string): Promise<Actor> {
  const actor = await actorFor(ctx.db, ctx.org.persons[login]!, null);
  if (!actor) throw new Error(`The demo person ${login} is missing.`);
  return actor;
}

/** A past visit with the field's report for each completed or no-show request that has no visit. */
async function reportPastVisits(ctx: DemoContext, centreId: string, administratorId: string, kitId: string) {
  const requests = await pastRequestsWithoutVisit(ctx.db, centreId);
  const made: { visitId: string; requestId: string }[] = [];
  for (const [index, request] of requests.entries()) {
    const day = request.planned_date!;
    const hour = String(9 + (index % 6)).padStart(2, '0');
    const startsAt = instantAt(day, `${hour}:00`);
    const endsAt = instantAt(day, `${hour}:40`);
    const visitId = uuidv7();
    const served = request.state === 'completed';
    // One visit of the history starts late, so punctuality is not a perfect score.
    const late = index === 1 ? 25 : 0;
    await insertPastVisitWithReport(ctx.db, {
      visitId,
      centreId,
      requestId: request.id,
      kitId,
      administratorId,
      day,
      startsAt,
      endsAt,
      serviceMinutes: 40,
      arrivedAt: new Date(startsAt.getTime() + late * 60_000),
      finishedAt: endsAt,
      outcome: served ? 'completed' : 'cancelled',
    });
    if (served) made.push({ visitId, requestId: request.id });
  }
  return made;
}

/** The quality officer's calls: a thank-you, the bribe signal (Kamianske), one call not answered. */
async function callSurveys(ctx: DemoContext, quality: Actor, centreId: string, withSignal: boolean) {
  const tasks = await surveyTasksByVisitDay(ctx.db, centreId);
  const [thanks, signal, missed] = tasks;
  if (thanks)
    await recordSurveyCall(ctx.db, quality, thanks.id, {
      outcome: 'reached',
      version: thanks.version,
      answers: {
        punctuality: 5,
        politeness: 5,
        clarity: 5,
        askedForMoney: false,
        satisfaction: 5,
        comments: 'Дякую, що приїхали додому до мами.',
      },
      commentKind: 'praise',
    });
  if (signal && withSignal)
    await recordSurveyCall(ctx.db, quality, signal.id, {
      outcome: 'reached',
      version: signal.version,
      answers: {
        punctuality: 3,
        politeness: 4,
        clarity: 4,
        askedForMoney: true,
        satisfaction: 2,
        comments: 'Натякнули, що «за швидкість» треба віддячити.',
      },
      commentKind: 'complaint',
    });
  if (missed)
    await recordSurveyCall(ctx.db, quality, missed.id, { outcome: 'not_reached', version: missed.version });
}

/** An application registered at a demo visit whose confirmation printed `token`. */
async function printToken(
  ctx: DemoContext,
  centreId: string,
  visit: { visitId: string; requestId: string },
  administratorId: string,
  token: string,
) {
  const request = await firstServiceOfRequest(ctx.db, visit.requestId);
  const year = new Date().getUTCFullYear();
  const number = await nextOfficeNumber(ctx.db, centreId, year);
  const parsed = parseApplicationNumber(number)!;
  await insertApplicationWithFeedbackToken(ctx.db, {
    centreId,
    year: parsed.year,
    numberValue: parsed.value,
    number,
    visitId: visit.visitId,
    requestId: visit.requestId,
    applicantId: request.applicant_id,
    service: { id: request.service_id, name: request.name, provider: request.provider },
    administratorId,
    feedbackTokenHash: feedbackTokenHash(token),
  });
}

/** Kamianske's register: a published proposal, a website complaint, and one public-page entry. */
async function registerEntries(ctx: DemoContext, head: Actor, quality: Actor) {
  const proposal = await createFeedback(ctx.db, quality, {
    channel: 'social_network',
    kind: 'proposal',
    text: 'Приїжджайте до Карнаухівки і в суботу: у будні діти на роботі й не можуть бути поруч із батьками.',
    sourceLink: 'https://www.facebook.com/groups/kamianske.cnap/posts/1001',
  });
  const discussed = await stepFeedback(ctx.db, head, proposal.id, {
    step: 'discuss',
    version: proposal.version,
    discussion: 'Обговорили на нараді: одна субота на місяць можлива з другим адміністратором.',
  });
  const decided = await stepFeedback(ctx.db, head, proposal.id, {
    step: 'decide',
    version: discussed.version,
    decision: 'accepted',
    changes: 'Перша субота місяця — виїзний прийом у Карнаухівці з 10:00 до 13:00.',
  });
  await stepFeedback(ctx.db, head, proposal.id, { step: 'publish', version: decided.version });
  await createFeedback(ctx.db, quality, {
    channel: 'website',
    kind: 'complaint',
    text: 'Довго не могли додзвонитися, щоб записатися на виїзд.',
  });
  await submitPublicFeedback(ctx.db, {
    token: DEMO_FEEDBACK_TOKENS.kamianske[2],
    kind: 'praise',
    text: 'Все зробили за пів години, дякую адміністраторці!',
    rating: 5,
  });
}
