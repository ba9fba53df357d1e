import { civilDateIn, formatApplicationNumber, parseApplicationNumber, uuidv7 } from '@valiza/domain';
import { drawNumbers } from '../application-numbers/counter-errors.js';
import { nextOfficeNumber } from '../application-numbers/application-number.service.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface NewApplication {
  id?: string;
  centreId: string;
  place: 'mobile_visit' | 'outreach_point' | 'centre';
  applicantId: string;
  service: { id: string; name: string; provider: string };
  administratorId: string;
  requestId?: string | null;
  visitId?: string | null;
  representative?: { name: string; relation: string | null; phone: string | null } | null;
  documents: { name: string; pages: number; original: boolean; certified: boolean }[];
  payment?: { method: string; amountKop: number; receiptNumber: string | null } | null;
  /** Server time of receipt; now when absent. Deadlines count from it. */
  receivedAt?: Date;
  /** When it was written into the logbook; the moment of receipt when absent. */
  registeredAt?: Date;
  /** The identity document as registered (a correction keeps the corrected entry's). */
  identity?: unknown;
  signatureAttachmentId?: string | null;
  formAttachmentId?: string | null;
  correctsId?: string | null;
  correctionReason?: string | null;
}

/**
 * Registers an application under the next office number of the centre (the demo, tests and the
 * bench; field devices register theirs through sync with numbers from their blocks). The insert
 * trigger queues it for the logbook's chain.
 */
export async function insertApplication(tx: Db, a: NewApplication): Promise<{ id: string; number: string }> {
  const receivedAt = a.receivedAt ?? new Date();
  const year = Number(civilDateIn(receivedAt).slice(0, 4));
  const number = await nextOfficeNumber(tx, a.centreId, year);
  const id = a.id ?? uuidv7();
  await tx
    .insertInto('applications')
    .values(applicationRow(a, id, number, receivedAt))
    .execute();
  return { id, number };
}

/**
 * Registers many applications of one centre at once (the demo): numbers drawn in one block per
 * year, in the order given, and the rows inserted together.
 */
export async function insertApplications(
  tx: Db,
  centreId: string,
  apps: readonly (NewApplication & { receivedAt: Date })[],
): Promise<{ id: string; number: string }[]> {
  const centre = await tx
    .selectFrom('centres')
    .select('code')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  const years = apps.map((a) => Number(civilDateIn(a.receivedAt).slice(0, 4)));
  const next = new Map<number, number>();
  for (const year of new Set(years)) {
    const count = years.filter((y) => y === year).length;
    const last = await drawNumbers(tx, centreId, year, count);
    next.set(year, last - count + 1);
  }
  const made = apps.map((a, i) => {
    const year = years[i]!;
    const value = next.get(year)!;
    next.set(year, value + 1);
    return { a, id: a.id ?? uuidv7(), year, value };
  });
  for (let i = 0; i < made.length; i += 500) {
    const chunk = made.slice(i, i + 500);
    await tx
      .insertInto('application_number_uses')
      .values(
        chunk.map((m) => ({
          centre_id: centreId,
          year: m.year,
          value: m.value,
          device_id: null,
          command_id: null,
        })),
      )
      .execute();
    await tx
      .insertInto('applications')
      .values(
        chunk.map((m) =>
          applicationRow(
            m.a,
            m.id,
            formatApplicationNumber({ centreCode: centre.code, year: m.year, value: m.value }),
            m.a.receivedAt,
          ),
        ),
      )
      .execute();
  }
  return made.map((m) => ({
    id: m.id,
    number: formatApplicationNumber({ centreCode: centre.code, year: m.year, value: m.value }),
  }));
}

function applicationRow(a: NewApplication, id: string, number: string, receivedAt: Date) {
  const year = Number(civilDateIn(receivedAt).slice(0, 4));
  return {
    id,
    centre_id: a.centreId,
    year,
    number_value: parseApplicationNumber(number)!.value,
    number,
    place: a.place,
    visit_id: a.visitId ?? null,
    request_id: a.requestId ?? null,
    applicant_id: a.applicantId,
    representative: a.representative ? json(a.representative) : null,
    service_id: a.service.id,
    service_name: a.service.name,
    provider: a.service.provider,
    identity: json(a.identity ?? { kind: 'id_card', number: '000000000' }),
    documents: json(a.documents),
    payment: a.payment ? json(a.payment) : null,
    signature_attachment_id: a.signatureAttachmentId ?? null,
    form_attachment_id: a.formAttachmentId ?? null,
    administrator_id: a.administratorId,
    device_id: null,
    command_id: null,
    registered_at: a.registeredAt ?? receivedAt,
    received_at: receivedAt,
    feedback_token_hash: null,
    corrects_id: a.correctsId ?? null,
    correction_reason: a.correctionReason ?? null,
  };
}

/** Everything registered for one application, as stored (for a correction to start from). */
export async function registeredApplication(tx: Db, applicationId: string) {
  return tx.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirst();
}

/** The correction of an application, if it has one (an entry is corrected at most once). */
export async function correctionOf(tx: Db, applicationId: string) {
  return tx
    .selectFrom('applications')
    .select(['id', 'number'])
    .where('corrects_id', '=', applicationId)
    .executeTakeFirst();
}

/** Marks an entry as put right by a correction: it leaves every list of work still to do. */
export async function markCorrected(tx: Db, applicationId: string): Promise<void> {
  await tx
    .updateTable('logbook_status')
    .set({ status: 'corrected' })
    .where('application_id', '=', applicationId)
    .execute();
}
