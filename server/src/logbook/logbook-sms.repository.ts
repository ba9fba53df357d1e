import { isMobile, resultReadySms, uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';

/**
 * Tells the applicant that the result is ready: one text message to their first mobile number,
 * once per application (the outbox's unique key), sent by the server's SMS job. No mobile number,
 * no message — the operator calls as usual.
 */
export async function queueResultReadySms(
  tx: Db,
  entry: { id: string; centreId: string; applicantId: string; number: string },
): Promise<boolean> {
  const [phones, centre] = await Promise.all([
    tx
      .selectFrom('applicant_phones')
      .select('phone')
      .where('applicant_id', '=', entry.applicantId)
      .orderBy('position')
      .execute(),
    tx.selectFrom('centres').select('phone').where('id', '=', entry.centreId).executeTakeFirstOrThrow(),
  ]);
  const mobile = phones.map((r) => r.phone).find((phone) => isMobile(phone));
  if (!mobile) return false;
  await tx
    .insertInto('sms_outbox')
    .values({
      id: uuidv7(),
      centre_id: entry.centreId,
      visit_id: null,
      kind: 'result_ready',
      dedupe_key: `${entry.id}:result_ready`,
      phone: mobile,
      body: resultReadySms(entry.number, centre.phone),
      last_error: null,
      provider: null,
      provider_message_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
  return true;
}
