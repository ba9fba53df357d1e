import { problem, uuidv7 } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findApplicant, insertApplicant, lockApplicant, updateApplicant } from './applicant.repository.js';

export interface IntakeApplicant {
  id?: string | null | undefined;
  fullName: string;
  birthDate: string | null;
  phones: readonly string[];
  registeredInCommunity: boolean | null;
}

/**
 * The applicant an intake is for. With an id, the centre's existing applicant is brought up to date
 * (phones named now come first, earlier ones are kept); another centre's applicant is `not_found`
 * and a merged one is refused. Without an id a new applicant is made. Answers the applicant's id.
 */
export async function applicantForIntake(
  tx: Db,
  actor: Actor | null,
  centreId: string,
  input: IntakeApplicant,
): Promise<{ id: string; phones: string[] }> {
  if (!input.id) {
    const id = uuidv7();
    const phones = [...new Set(input.phones)];
    await insertApplicant(tx, {
      id,
      centreId,
      fullName: input.fullName,
      birthDate: input.birthDate,
      phones,
      registeredInCommunity: input.registeredInCommunity,
    });
    await audit(tx, actor, 'applicant.created', { type: 'applicant', id, centreId });
    return { id, phones };
  }
  await lockApplicant(tx, input.id);
  const existing = await findApplicant(tx, input.id);
  if (!existing || existing.centreId !== centreId) throw problem('not_found');
  if (existing.mergedInto) throw problem('applicants.merged');
  // Three phones are kept: the ones just named, then the most recent earlier ones.
  const phones = [...new Set([...input.phones, ...existing.phones])].slice(0, 3);
  await updateApplicant(
    tx,
    {
      id: existing.id,
      centreId,
      fullName: input.fullName,
      birthDate: input.birthDate ?? existing.birthDate,
      phones,
      registeredInCommunity: input.registeredInCommunity ?? existing.registeredInCommunity,
    },
    null,
  );
  await audit(tx, actor, 'applicant.updated', { type: 'applicant', id: existing.id, centreId });
  return { id: existing.id, phones };
}
