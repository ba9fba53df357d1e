import { problem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import { recordChange } from '../sync/change-log.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { moveRequestsToApplicant } from '../requests/request.repository.js';
import {
  findApplicants,
  lockApplicant,
  markMerged,
  updateApplicant,
  type ApplicantRow,
} from './applicant.repository.js';
import { moveIncidents } from './incident.repository.js';
import { countRequestsOf } from './applicant-card.repository.js';

/**
 * The head merges applicants that are one person into the one kept: their requests and incidents
 * move to it, their phones join its phones, and they stay in the database marked `merged_into`, so
 * that no history is lost. Another centre's applicant is `not_found`.
 */
export async function mergeApplicants(db: Db, actor: Actor, keptId: string, mergeIds: readonly string[]) {
  // People without a centre get the same `not_found` as anyone asking about another centre's record.
  const centreId = actor.centreId;
  if (!centreId) throw problem('not_found');
  return inTransaction(db, async (tx) => {
    const ids = [keptId, ...mergeIds];
    const unique = [...new Set(ids)];
    // Locks in id order, so that two merges of overlapping applicants cannot deadlock.
    for (const id of [...unique].sort()) await lockApplicant(tx, id);
    const found = await findApplicants(tx, unique);
    if (found.length !== unique.length || found.some((a) => a.centreId !== centreId))
      throw problem('not_found');
    assertRole(actor, 'head');
    if (unique.length !== ids.length || found.some((a) => a.mergedInto))
      throw problem('applicants.merge_invalid', { details: [{ path: 'mergeIds', code: 'invalid' }] });
    const [kept, ...merged] = found as [ApplicantRow, ...ApplicantRow[]];
    await absorb(tx, actor, kept, merged);
    await audit(
      tx,
      actor,
      'applicant.merged',
      { type: 'applicant', id: kept.id, centreId },
      { mergedIds: [...mergeIds] },
    );
    await recordChange(tx, { centreId, entity: 'applicant', entityId: kept.id, op: 'upsert' });
    return kept.id;
  });
}

async function absorb(tx: Db, actor: Actor | null, kept: ApplicantRow, merged: readonly ApplicantRow[]) {
  const ids = merged.map((a) => a.id);
  const moved = await moveRequestsToApplicant(tx, ids, kept.id);
  await moveIncidents(tx, ids, kept.id);
  await updateApplicant(
    tx,
    {
      ...kept,
      birthDate: kept.birthDate ?? merged.find((a) => a.birthDate)?.birthDate ?? null,
      phones: [...new Set([kept.phones, ...merged.map((a) => a.phones)].flat())],
      registeredInCommunity:
        kept.registeredInCommunity ??
        merged.find((a) => a.registeredInCommunity !== null)?.registeredInCommunity ??
        null,
    },
    null,
  );
  await markMerged(tx, ids, kept.id);
  for (const a of merged)
    await audit(
      tx,
      actor,
      'applicant.merged_into',
      { type: 'applicant', id: a.id, centreId: a.centreId },
      { into: kept.id, movedRequests: moved },
    );
}

/**
 * After a request was re-linked from one applicant to another: an applicant left without any
 * request (typically one made by the public form) is merged into the applicant chosen.
 */
export async function releaseOrphanApplicant(
  tx: Db,
  actor: Actor,
  formerId: string,
  chosenId: string,
): Promise<void> {
  if ((await countRequestsOf(tx, formerId)) > 0) return;
  await lockApplicant(tx, formerId);
  const [chosen, former] = await findApplicants(tx, [chosenId, formerId]);
  if (!chosen || !former || former.mergedInto) return;
  await absorb(tx, actor, chosen, [former]);
}
