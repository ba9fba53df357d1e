import { problem, type ApplicationCorrectionBody, type LogbookEntry } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import {
  correctionOf,
  insertApplication,
  markCorrected,
  registeredApplication,
} from './application.repository.js';
import { chainPending } from './logbook-ingest.js';
import { LOGBOOK_WRITERS } from './logbook-policy.js';
import { loadEntry } from './logbook-read.service.js';
import { lockEntry } from './logbook.repository.js';

type StoredDocument = Record<string, unknown>;

/**
 * The documents as corrected: each corrected line keeps what the clerk cannot see or retype (its
 * file, who certified it) from the line at the same place of the corrected entry.
 */
function correctedDocuments(
  stored: unknown,
  corrected: NonNullable<ApplicationCorrectionBody['documents']>,
): StoredDocument[] {
  const before = Array.isArray(stored) ? (stored as StoredDocument[]) : [];
  return corrected.map((d, i) => ({ ...(before[i] ?? {}), ...d }));
}

/**
 * Puts right what was registered for an application — the representative, the documents accepted,
 * the payment — with a new entry under a new number that points to the one it corrects. Registered
 * data is never updated: the corrected entry stays in the journal and in the chain as it was, and
 * leaves the lists of work to do (`corrected`); the correction keeps its moment of receipt, so its
 * deadlines are the same. Allowed until the documents go to the provider; after that the steps are
 * corrected instead. One transaction, with the entry's state row locked, and an audit line.
 */
export async function correctApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
  body: ApplicationCorrectionBody,
  now = new Date(),
): Promise<LogbookEntry> {
  const centreId = centreOf(actor, ...LOGBOOK_WRITERS);
  await chainPending(db, centreId);
  const correctionId = await inTransaction(db, async (tx) => {
    const entry = await lockEntry(tx, applicationId);
    if (!entry || entry.centreId !== centreId) throw problem('not_found');
    if (entry.status === 'corrected') {
      const by = await correctionOf(tx, applicationId);
      throw problem('logbook.entry_corrected', { params: { number: by?.number ?? '' } });
    }
    if (entry.status !== 'registered') throw problem('logbook.correction_after_forwarding');
    const a = await registeredApplication(tx, applicationId);
    if (!a) throw problem('not_found');
    const made = await insertApplication(tx, {
      centreId,
      place: a.place,
      applicantId: a.applicant_id,
      service: { id: a.service_id, name: a.service_name, provider: a.provider },
      administratorId: a.administrator_id,
      requestId: a.request_id,
      visitId: a.visit_id,
      representative:
        body.representative === undefined
          ? (a.representative as never)
          : body.representative && {
              name: body.representative.name,
              relation: body.representative.relation ?? null,
              phone: body.representative.phone ?? null,
            },
      documents:
        body.documents === undefined
          ? (a.documents as never)
          : (correctedDocuments(a.documents, body.documents) as never),
      payment:
        body.payment === undefined
          ? (a.payment as never)
          : body.payment && { ...body.payment, receiptNumber: body.payment.receiptNumber ?? null },
      identity: a.identity,
      signatureAttachmentId: a.signature_attachment_id,
      formAttachmentId: a.form_attachment_id,
      receivedAt: a.received_at,
      registeredAt: now,
      correctsId: applicationId,
      correctionReason: body.reason,
    });
    await markCorrected(tx, applicationId);
    await audit(
      tx,
      actor,
      'logbook.entry_corrected',
      { type: 'application', id: applicationId, centreId },
      {
        correctionId: made.id,
        number: made.number,
        changed: Object.keys(body).filter((k) => k !== 'reason'),
      },
    );
    return made.id;
  });
  await chainPending(db, centreId);
  return loadEntry(db, centreId, correctionId, now);
}
