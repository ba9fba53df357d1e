import type { Role } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';

/**
 * Who may see people's requests and applicants: operators and heads take and edit them,
 * administrators read them for their visits, quality reads them for surveys. Technicians, comms and
 * regional observers see none; a record of another centre is `not_found` before any role is checked.
 */
export const PEOPLE_READERS: readonly Role[] = ['operator', 'head', 'administrator', 'quality'];
export const PEOPLE_WRITERS: readonly Role[] = ['operator', 'head'];

/** The actor's centre for reading lists of people's records. */
export function readerCentre(actor: Actor): string {
  return centreOf(actor, ...PEOPLE_READERS);
}

/** Checks that a record of `centreId` may be read by the actor: `not_found` first, then `forbidden`. */
export function assertMayRead(actor: Actor, centreId: string | null | undefined): void {
  assertSameCentre(actor, centreId);
  assertRole(actor, ...PEOPLE_READERS);
}
