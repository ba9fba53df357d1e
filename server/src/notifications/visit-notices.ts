import { addDays, civilDateIn, isMobile, smsText, uuidv7, type NoticeKind } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { findCentreContact } from '../org/centre.repository.js';
import { findSessionPoint } from '../scheduling/outreach.repository.js';
import { clockTime } from '../scheduling/outreach.presenter.js';
import type { PlanningRequest } from '../scheduling/request-source.repository.js';
import type { VisitRow } from '../scheduling/visit.repository.js';
import { queueCall, queueSms } from './notice.repository.js';

async function placeOf(tx: Db, visit: VisitRow): Promise<string | null> {
  if (!visit.outreachSessionId) return null;
  const point = await findSessionPoint(tx, visit.outreachSessionId);
  return point ? `${point.name}, ${point.address}` : null;
}

/**
 * Tells the applicant about a visit: a text message to their first mobile number, or — for people
 * with only a landline or no phone — a line on the operators' call list. Each notice is made once
 * per visit, kind and visit version (per visit and day for reminders), so a retried request or a
 * restarted job never tells anyone twice.
 */
export async function notifyApplicant(
  tx: Db,
  visit: VisitRow,
  request: PlanningRequest,
  kind: NoticeKind,
  today: string = civilDateIn(new Date()),
): Promise<'sms' | 'call'> {
  const centre = await findCentreContact(tx, visit.centreId);
  const body = smsText({
    kind,
    day: visit.day,
    from: clockTime(visit.startsAt),
    to: clockTime(visit.endsAt),
    centrePhone: centre.phone,
    place: await placeOf(tx, visit),
  });
  const dedupeKey =
    kind === 'reminder' ? `${visit.id}:reminder:${visit.day}` : `${visit.id}:${kind}:${visit.version}`;
  const mobile = request.phones.find((phone) => isMobile(phone));
  if (mobile) {
    await queueSms(tx, {
      id: uuidv7(),
      centreId: visit.centreId,
      visitId: visit.id,
      kind,
      dedupeKey,
      phone: mobile,
      body,
    });
    return 'sms';
  }
  await queueCall(tx, {
    id: uuidv7(),
    centreId: visit.centreId,
    visitId: visit.id,
    kind,
    dedupeKey,
    callOn: kind === 'reminder' ? addDays(visit.day, -1) : today,
    phone: request.phones[0] ?? null,
    message: body,
  });
  return 'call';
}
