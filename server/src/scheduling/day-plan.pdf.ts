import { formatDate, formatDateTime, type IsoDate, type SnapshotVisit } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { recordView } from '../audit/audit.service.js';
import { centreOf, hasRole } from '../auth/policy.js';
import { problem } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { PdfLayout } from '../pdf/pdf-layout.js';
import { findCentreContact } from '../org/centre.repository.js';
import { listCentrePersonNames } from './crew.repository.js';
import { findPlan } from './plan.repository.js';
import { buildSnapshot } from './plan-snapshot.js';

const COMPANION = { escort: 'Охорона', witness: 'Свідок', partner: 'Фахівець-партнер' } as const;

function visitBlock(pdf: PdfLayout, visit: SnapshotVisit, index: number, names: Map<string, string>): void {
  pdf.heading(`${index + 1}. ${visit.startTime}–${visit.endTime} · заявка ${visit.requestNumber}`, 12);
  pdf.field('Адреса', visit.location.address);
  pdf.field('Домофон', visit.intercom);
  pdf.field('Як дістатися, доступ', visit.accessNotes);
  pdf.field('Заявник', [visit.applicant.name, visit.applicant.phone].filter(Boolean).join(', '));
  pdf.field('Адміністратор(и)', visit.staffIds.map((id) => names.get(id) ?? '').join(', '));
  for (const companion of visit.companions)
    pdf.field(
      COMPANION[companion.kind],
      [companion.name ?? names.get(companion.personId ?? ''), companion.organisation]
        .filter(Boolean)
        .join(', '),
    );
  for (const service of visit.services) {
    pdf.text(service.name, { bold: true, after: 1 });
    if (service.documents.length)
      pdf
        .text('Перевірити документи:', { size: 9, grey: true, after: 0 })
        .list(service.documents, { size: 10 });
  }
  pdf.field('Оплата', visit.payment);
  pdf.space(6);
}

/**
 * A day's plan to print and take along: stops in route order with address, intercom, access notes,
 * the applicant's contact, services, the documents to check and the payment; then the outreach
 * sessions. An administrator gets their own stops only. Printing people's data is audited.
 */
export async function dayPlanPdf(
  db: Db,
  actor: Actor,
  day: IsoDate,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const centreId = centreOf(actor);
  if (!hasRole(actor, 'head', 'operator', 'administrator')) throw problem('forbidden');
  const [centre, plan] = await Promise.all([findCentreContact(db, centreId), findPlan(db, centreId, day)]);
  const snapshot = await buildSnapshot(db, actor, day, plan?.approvals ?? 0);
  const staff = await listCentrePersonNames(db, centreId);
  const names = new Map(staff.map((p) => [p.id, p.name]));
  const pdf = await PdfLayout.create({ title: `План виїздів ${formatDate(day)}`, language: 'uk' });
  pdf.heading(`План виїздів на ${formatDate(day)}`, 16);
  pdf.text([centre.name, centre.phone].filter(Boolean).join(' · '), { grey: true });
  const state =
    plan?.state === 'approved' && plan.approvedAt
      ? `Затверджено ${formatDateTime(plan.approvedAt)} (затвердження № ${plan.approvals})`
      : 'Не затверджено: план може змінитися';
  pdf.text(state, { bold: plan?.state !== 'approved', after: 10 });
  if (snapshot.visits.length === 0 && snapshot.sessions.length === 0) pdf.text('Виїздів не заплановано.');
  snapshot.visits.forEach((visit, index) => visitBlock(pdf, visit, index, names));
  for (const session of snapshot.sessions) {
    pdf.heading(`Виїзний прийом ${session.startTime}–${session.endTime}: ${session.pointName}`, 12);
    pdf.field('Адреса', session.address);
    pdf.field('Записано', `${session.bookings} (${session.bookedMinutes} з ${session.capacityMinutes} хв)`);
  }
  await recordView(db, actor, { type: 'plan', id: day, centreId });
  return { bytes: await pdf.bytes(), fileName: `plan-${day}.pdf` };
}
