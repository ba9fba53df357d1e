import {
  addressKey,
  addressSearchText,
  civilDateIn,
  formatRequestNumber,
  normaliseRequestNumber,
  problem,
  uuidv7,
  type PublicRequestBody,
  type PublicStatus,
} from '@valiza/domain';
import { applicantForIntake } from '../applicants/applicant-intake.js';
import { findApplicant } from '../applicants/applicant.repository.js';
import { audit } from '../audit/audit.service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import { inTransaction } from '../db/transaction.js';
import { currentCounter } from '../numbering/number-counter.repository.js';
import { nextInSeries } from '../numbering/numbering.js';
import { findCentreBySlug, type CentreRow } from '../org/centre.repository.js';
import { findLocality } from '../org/locality.repository.js';
import { assertCategoryOffered, resolveServices } from '../requests/request-intake.js';
import {
  findRequestByNumber,
  insertRequest,
  insertStateChange,
  replaceRequestServices,
} from '../requests/request.repository.js';
import { REQUEST_SERIES } from '../requests/request.service.js';
import { phoneHash } from './phone-hash.js';
import { countRecentSubmissions, recordSubmission } from './submission-throttle.repository.js';

/**
 * A request from the public page: no sign-in, channel `web`, state `new`, for an operator to call
 * back and complete. A filled honeypot field answers exactly like a success and stores nothing. More
 * than the allowed submissions for one phone in a day are refused with `rate_limited`.
 */
export async function submitPublicRequest(db: Db, config: Config, body: PublicRequestBody): Promise<string> {
  return inTransaction(db, async (tx) => {
    const centre = await findCentreBySlug(tx, body.centre);
    if (!centre) throw problem('not_found');
    const year = Number(civilDateIn(new Date(), centre.timezone).slice(0, 4));
    // A robot sees the number the next real request would get; nothing is stored or counted.
    if (body.website) {
      const last = await currentCounter(tx, { centreId: centre.id, series: REQUEST_SERIES, year });
      return formatRequestNumber(centre.code, year, last + 1);
    }
    const hash = phoneHash(config.secret, body.phone);
    if ((await countRecentSubmissions(tx, hash, 24)) >= config.publicRequestsPerPhonePerDay)
      throw problem('rate_limited', { retryAfterSeconds: 3600 });
    await recordSubmission(tx, hash);
    return acceptPublicRequest(tx, centre, body);
  });
}

/**
 * Stores a public request once the anti-spam checks passed: a new applicant, the request as `new`,
 * channel `web`, numbered at once, the ticked consent and liability boxes recorded with the time.
 * Answers the number.
 */
export async function acceptPublicRequest(
  tx: Db,
  centre: CentreRow,
  body: PublicRequestBody,
): Promise<string> {
  if (body.category) await assertCategoryOffered(tx, centre.id, body.category);
  const services = await resolveServices(
    tx,
    centre.id,
    body.serviceIds.map((serviceId) => ({ serviceId, checklistReadOut: false, documentsAtHand: [] })),
  );
  const place = await publicPlace(tx, centre, body);
  const self = body.requester.kind === 'self';
  const applicant = await applicantForIntake(tx, null, centre.id, {
    fullName: body.applicantName,
    birthDate: null,
    phones: self ? [body.phone] : [],
    registeredInCommunity: null,
  });
  const year = Number(civilDateIn(new Date(), centre.timezone).slice(0, 4));
  const sequence = await nextInSeries(tx, { centreId: centre.id, series: REQUEST_SERIES, year });
  const id = uuidv7();
  const number = formatRequestNumber(centre.code, year, sequence);
  await insertRequest(tx, {
    id,
    centre_id: centre.id,
    number,
    number_year: year,
    number_seq: sequence,
    applicant_id: applicant.id,
    channel: 'web',
    requester_kind: body.requester.kind,
    requester_name: self ? null : (body.requester.name ?? null),
    requester_phone: body.phone,
    ...place,
    category: body.category ?? null,
    notes: body.note ?? null,
    online_acknowledged_at: new Date(),
    needs_witness: false,
    needs_security: false,
    preferences: json({ weekdays: [], windows: [] }),
  });
  await replaceRequestServices(tx, id, services);
  await insertStateChange(tx, { requestId: id, from: null, to: 'new', actorId: null, reason: null });
  await audit(tx, null, 'request.created', { type: 'request', id, centreId: centre.id }, { channel: 'web' });
  return number;
}

async function publicPlace(tx: Db, centre: CentreRow, body: PublicRequestBody) {
  let shown = body.localityName ?? null;
  if (body.localityId) {
    const locality = await findLocality(tx, body.localityId);
    if (!locality || locality.communityId !== centre.communityId) throw problem('not_found');
    shown = locality.name;
  }
  const parts = {
    localityId: body.localityId ?? null,
    localityName: body.localityId ? null : (body.localityName ?? null),
    street: body.address,
  };
  return {
    place_kind: body.placeKind,
    hospital_name: body.placeKind === 'hospital' ? (body.hospitalName ?? null) : null,
    locality_id: parts.localityId,
    locality_name: parts.localityName,
    street: body.address,
    address_search: addressSearchText({ ...parts, localityName: shown }),
    address_key: addressKey(parts),
  };
}

/**
 * The state and planned day of a request, for whoever knows both its number and a phone it was made
 * with. A wrong number, a wrong phone and another centre's request all get the same `not_found`.
 */
export async function publicStatus(
  db: Db,
  body: { centre?: string | undefined; number: string; phone: string },
): Promise<PublicStatus> {
  const number = normaliseRequestNumber(body.number);
  const request = number ? await findRequestByNumber(db, number) : undefined;
  if (!request) throw problem('not_found');
  if (body.centre) {
    const centre = await findCentreBySlug(db, body.centre);
    if (!centre || centre.id !== request.centreId) throw problem('not_found');
  }
  const applicant = await findApplicant(db, request.applicantId);
  const phones = new Set([request.requester.phone, ...(applicant?.phones ?? [])]);
  if (!phones.has(body.phone)) throw problem('not_found');
  return { number: request.number, state: request.state, plannedDate: request.plannedDate };
}
