import { civilDateIn, isMobile, resultReadySms, uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';

/**
 * Tells the applicant that the result is ready, once per application (the unique key of the outbox
 * and of the call list): a text message to their first mobile number, sent by the server's SMS job;
 * without a mobile number, a call for the operators today (on their call list, with the same words),
 * to the first number they have, or none — then the operator finds a way.
 */
export async function queueResultReadySms(
  tx: Db,
  entry: { id: string; centreId: string; applicantId: string; number: string },
  now = new Date(),
): Promise<'sms' | 'call'> {
  const [phones, centre] = await Promise.all([
    tx
      .selectFrom('applicant_phones')
      .select('phone')
      .where('applicant_id', '=', entry.applicantId)
      .orderBy('position')
      .execute(),
    tx.selectFrom('centres').select('phone').where('id', '=', entry.centreId).executeTakeFirstOrThrow(),
  ]);
  const message = resultReadySms(entry.number, centre.phone);
  const dedupeKey = `${entry.id}:result_ready`;
  const mobile = phones.map((r) => r.phone).find((phone) => isMobile(phone));
  if (!mobile) {
    await tx
      .insertInto('call_list')
      .values({
        id: uuidv7(),
        centre_id: entry.centreId,
        visit_id: null,
        application_id: entry.id,
        kind: 'result_ready',
        dedupe_key: dedupeKey,
        call_on: civilDateIn(now),
        phone: phones[0]?.phone ?? null,
        message,
        note: null,
        marked_by: null,
        marked_at: null,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
    return 'call';
  }
  await tx
    .insertInto('sms_outbox')
    .values({
      id: uuidv7(),
      centre_id: entry.centreId,
      visit_id: null,
      kind: 'result_ready',
      dedupe_key: dedupeKey,
      phone: mobile,
      body: message,
      last_error: null,
      provider: null,
      provider_message_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
  return 'sms';
}
