import { isLocale, problem, type ChangePasswordBody, type LoginBody, type Me } from '@valiza/domain';
import type { Actor } from './actor.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { audit } from '../audit/audit.service.js';
import { findCentreSummary, findRegionSummary } from '../org/centre.repository.js';
import {
  findCredentials,
  findPasswordHash,
  findPerson,
  setPasswordHash,
  updatePerson,
} from '../org/person.repository.js';
import { hashPassword, verifyPassword } from './password.js';
import {
  findLiveSession,
  insertSession,
  revokePersonSessions,
  revokeSession,
  touchSession,
} from './session.repository.js';
import { clearFailures, lockedUntil, recordFailure } from './throttle.repository.js';
import { newToken, tokenId } from './tokens.js';

export interface AuthSettings {
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionHours: number;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  actor: Actor;
}

function lockedProblem(until: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return problem('auth.locked', { params: { minutes: Math.ceil(seconds / 60) }, retryAfterSeconds: seconds });
}

/**
 * Signs a person in. The lockout counts failures per login whether or not the login exists, and a
 * locked login is refused before the password is even checked — so neither the answer nor its
 * timing tells an attacker which logins are real or whether a guess was right.
 */
export async function login(db: Db, settings: AuthSettings, body: LoginBody): Promise<SignedIn> {
  const loginName = body.login.toLowerCase();
  const locked = await lockedUntil(db, loginName);
  if (locked) throw lockedProblem(locked);
  const person = await findCredentials(db, loginName);
  const valid = await verifyPassword(person?.passwordHash ?? null, body.password);
  if (!person || !valid || !person.active) {
    const nowLocked = await recordFailure(db, loginName, settings.lockoutThreshold, settings.lockoutMinutes);
    if (nowLocked) throw lockedProblem(nowLocked);
    throw problem('auth.invalid_credentials');
  }
  return inTransaction(db, async (tx) => {
    await clearFailures(tx, loginName);
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + settings.sessionHours * 3_600_000);
    await insertSession(tx, { id: tokenId(token), personId: person.id, csrfToken, expiresAt });
    const actor = await actorFor(tx, person.id, tokenId(token));
    if (!actor) throw problem('auth.invalid_credentials');
    await audit(tx, actor, 'auth.login', { type: 'person', id: actor.personId, centreId: actor.centreId });
    return { token, csrfToken, actor };
  });
}

/** The actor and CSRF token of a live session cookie, or null. */
export async function resolveSession(
  db: Db,
  token: string,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const session = await findLiveSession(db, tokenId(token));
  if (!session) return null;
  // Touch at most once a minute: a write per request would cost more than it tells.
  if (Date.now() - session.lastSeenAt.getTime() > 60_000) await touchSession(db, session.sessionId);
  const actor = await actorFor(db, session.personId, session.sessionId);
  return actor ? { actor, csrfToken: session.csrfToken } : null;
}

export async function actorFor(
  db: Db,
  personId: string,
  sessionId: string | null,
  deviceId: string | null = null,
): Promise<Actor | null> {
  const person = await findPerson(db, personId);
  if (!person || !person.active) return null;
  return {
    personId: person.id,
    name: person.name,
    login: person.login,
    roles: person.roles,
    centreId: person.centreId,
    regionId: person.regionId,
    deviceId,
    sessionId,
    locale: isLocale(person.locale) ? person.locale : 'uk',
  };
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await inTransaction(db, async (tx) => {
    await revokeSession(tx, sessionId);
    await audit(tx, actor, 'auth.logout', { type: 'person', id: actor.personId, centreId: actor.centreId });
  });
}

/** What `GET /api/v1/me` answers. */
export async function describeMe(db: Db, actor: Actor): Promise<Me> {
  const centre = actor.centreId ? await findCentreSummary(db, actor.centreId) : undefined;
  const regionId = actor.regionId ?? centre?.regionId ?? null;
  const region = regionId ? await findRegionSummary(db, regionId) : undefined;
  return {
    person: { id: actor.personId, name: actor.name, login: actor.login },
    roles: [...actor.roles],
    centre: centre ? { id: centre.id, code: centre.code, slug: centre.slug, name: centre.name } : null,
    region: region ?? null,
    locale: actor.locale,
  };
}

/** Changes one's own password; every other session of the person is signed out. */
export async function changePassword(db: Db, actor: Actor, body: ChangePasswordBody): Promise<void> {
  const current = await findPasswordHash(db, actor.personId);
  if (!current || !(await verifyPassword(current, body.currentPassword)))
    throw problem('auth.wrong_password');
  const hash = await hashPassword(body.newPassword);
  await inTransaction(db, async (tx) => {
    await setPasswordHash(tx, actor.personId, hash);
    await revokePersonSessions(tx, actor.personId, actor.sessionId ?? undefined);
    await audit(tx, actor, 'auth.password_changed', {
      type: 'person',
      id: actor.personId,
      centreId: actor.centreId,
    });
  });
}

export async function setLocale(db: Db, actor: Actor, locale: 'uk' | 'en'): Promise<void> {
  await updatePerson(db, actor.personId, { locale });
}
