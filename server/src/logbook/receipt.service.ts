import { formatDateTime, problem, type Locale } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { PdfLayout } from '../pdf/pdf-layout.js';
import { journalText } from './journal.texts.js';
import { LOGBOOK_WRITERS } from './logbook-policy.js';
import { loadEntry } from './logbook-read.service.js';
import { entryDetails } from './logbook-list.repository.js';

/** A printable receipt for a delivered result, for the applicant to sign, in the requester's language. */
export async function deliveryReceiptPdf(
  db: Db,
  actor: Actor,
  id: string,
  locale: Locale = 'uk',
): Promise<Uint8Array> {
  const T = journalText(locale);
  const centreId = centreOf(actor, ...LOGBOOK_WRITERS);
  const details = await entryDetails(db, id);
  if (!details || details.centreId !== centreId) throw problem('not_found');
  const entry = await loadEntry(db, centreId, id);
  if (!entry.deliveredAt) throw problem('logbook.not_delivered');
  const centre = await db
    .selectFrom('centres')
    .select('name')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  const delivered = entry.events.filter((e) => e.kind === 'delivered').at(-1);
  const decision = entry.events.filter((e) => e.kind === 'decision').at(-1);
  const tracking = delivered?.content.trackingNumber;
  const reason = decision?.content.reason;
  const pdf = await PdfLayout.create({ title: T.receipt.title, language: locale });
  pdf
    .text(centre.name, { size: 10, grey: true })
    .heading(T.receipt.title, 14)
    .field(T.receipt.number, entry.number)
    .field(T.receipt.received, formatDateTime(new Date(entry.receivedAt)))
    .field(T.receipt.applicant, entry.applicantName)
    .field(T.receipt.service, entry.serviceName)
    .field(T.receipt.provider, entry.provider)
    .field(
      T.receipt.decision,
      entry.decision
        ? `${T.decision[entry.decision]}${typeof reason === 'string' ? `: ${reason}` : ''}`
        : null,
    )
    .field(T.receipt.delivered, formatDateTime(new Date(entry.deliveredAt)))
    .field(
      T.receipt.method,
      `${T.delivery[entry.deliveryMethod ?? ''] ?? ''}${typeof tracking === 'string' ? `, ${T.tracking} ${tracking}` : ''}`,
    )
    .space(30)
    .text(T.receipt.sign, { size: 10 });
  await audit(db, actor, 'logbook.receipt_printed', { type: 'application', id, centreId });
  return pdf.bytes();
}
