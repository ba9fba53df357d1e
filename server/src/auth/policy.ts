import { problem, type Role } from '@valiza/domain';
import type { Actor } from './actor.js';

/** The actor, or `auth.required` when nobody is signed in. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw problem('auth.required');
  return actor;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** Refuses with `forbidden` unless the actor holds one of the roles. */
export function assertRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw problem('forbidden');
}

/**
 * The actor's own centre, for work done inside a centre, when the actor holds one of the roles.
 * People without a centre (platform admin, regional observer) are refused.
 */
export function centreOf(actor: Actor, ...roles: Role[]): string {
  if (!actor.centreId) throw problem('forbidden');
  if (roles.length > 0) assertRole(actor, ...roles);
  return actor.centreId;
}

/**
 * Whether a record of `centreId` is the actor's to touch. A record of another centre is reported as
 * `not_found` — the same answer as for a record that does not exist — so nothing about it leaks.
 */
export function assertSameCentre(actor: Actor, centreId: string | null | undefined): void {
  if (!centreId || actor.centreId !== centreId) throw problem('not_found');
}
