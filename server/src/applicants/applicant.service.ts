import { problem, type ApplicantCard, type UpdateApplicantBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, centreOf } from '../auth/policy.js';
import { audit, recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { recordChange } from '../sync/change-log.js';
import { assertMayRead, readerCentre } from '../requests/request-policy.js';
import { requestsOfApplicant, visitsOfApplicant } from './applicant-card.repository.js';
import { findDuplicateGroups } from './applicant-duplicates.repository.js';
import { applicantSummaries, parseSearch, searchApplicantIds } from './applicant-search.repository.js';
import {
  findApplicant,
  findApplicants,
  lockApplicant,
  mergedInto,
  updateApplicant,
} from './applicant.repository.js';
import { presentApplicant, presentApplicantCard, presentListItem } from './applicant.presenter.js';
import { findIncidents } from './incident.repository.js';

/** Finds a centre's applicants by name, phone (whole or its last digits) or address. */
export async function searchApplicants(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const centreId = readerCentre(actor);
  const ids = await searchApplicantIds(db, centreId, parseSearch(query.q), {
    cursor: query.cursor,
    limit: query.limit + 1,
  });
  const page = ids.slice(0, query.limit);
  const [rows, summaries] = await Promise.all([findApplicants(db, page), applicantSummaries(db, page)]);
  return {
    items: rows.map((a) => presentListItem(a, summaries.get(a.id)!)),
    nextCursor: ids.length > query.limit ? (page.at(-1) ?? null) : null,
  };
}

/**
 * An applicant's card: the person, every request and visit, incidents. Opening it is written to the audit
 * trail, because the card shows health-related data (categories) and addresses.
 */
export async function openApplicantCard(db: Db, actor: Actor, id: string): Promise<ApplicantCard> {
  return inTransaction(db, async (tx) => {
    const applicant = await findApplicant(tx, id);
    assertMayRead(actor, applicant?.centreId);
    const [requests, visits, incidents, mergedFrom] = await Promise.all([
      requestsOfApplicant(tx, id),
      visitsOfApplicant(tx, applicant!.centreId, id),
      findIncidents(tx, applicant!.centreId, { applicantIds: [id], addressKeys: [] }),
      mergedInto(tx, id),
    ]);
    await recordView(tx, actor, { type: 'applicant', id, centreId: applicant!.centreId });
    return presentApplicantCard(applicant!, requests, visits, incidents, mergedFrom);
  });
}

/** Corrects an applicant's name, birth date, phones or registration. Operators and heads. */
export async function changeApplicant(db: Db, actor: Actor, id: string, body: UpdateApplicantBody) {
  return inTransaction(db, async (tx) => {
    await lockApplicant(tx, id);
    const existing = await findApplicant(tx, id);
    assertMayRead(actor, existing?.centreId);
    assertRole(actor, 'operator', 'head');
    if (existing!.mergedInto) throw problem('applicants.merged');
    const saved = await updateApplicant(tx, { ...body, id, centreId: existing!.centreId }, body.version);
    if (!saved) throw problem('conflict');
    await audit(tx, actor, 'applicant.updated', { type: 'applicant', id, centreId: existing!.centreId });
    // Field devices holding a visit of this person pull the correction (the `field_visit` follows it).
    await recordChange(tx, { centreId: existing!.centreId, entity: 'applicant', entityId: id, op: 'upsert' });
    return presentApplicant((await findApplicant(tx, id))!);
  });
}

/** Likely duplicates for the head to merge: the same name and birth date, or a shared phone. */
export async function listDuplicates(db: Db, actor: Actor) {
  const centreId = centreOf(actor, 'head');
  const groups = await findDuplicateGroups(db, centreId, 100);
  const ids = [...new Set(groups.flatMap((g) => g.ids))];
  const [rows, summaries] = await Promise.all([findApplicants(db, ids), applicantSummaries(db, ids)]);
  const byId = new Map(rows.map((a) => [a.id, a]));
  return groups.map((g) => ({
    reason: g.reason,
    applicants: g.ids.map((id) => presentListItem(byId.get(id)!, summaries.get(id)!)),
  }));
}
