import { VisitConflictItem, type ConflictDecision, type Role } from '@valiza/domain';
import { z } from 'zod';
import { api } from '../../api/client';

/** Who resolves the conflicts between field work and the office's changes. */
export const CONFLICT_RESOLVERS: readonly Role[] = ['head'];

/** The open conflicts, newest first. */
export const CONFLICTS_URL = '/api/v1/visit-conflicts';

export const ConflictList = z.object({ items: z.array(VisitConflictItem) });

/** Resolves one conflict: apply the field's outcome after all, or keep the office's change. */
export async function resolveConflict(
  visitId: string,
  decision: ConflictDecision,
  note: string,
): Promise<void> {
  await api.post(`/api/v1/visit-conflicts/${visitId}/resolve`, { decision, note });
}
