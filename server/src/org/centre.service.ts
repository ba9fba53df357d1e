import { DEFAULT_WORKING_HOURS, problem, uuidv7, type UpdateCentreBody } from '@valiza/domain';
import type { z } from 'zod';
import type { CreateCentreBody, CreateCommunityBody, CreateRegionBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, hasRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { recordChange } from '../sync/change-log.js';
import { findCentre, insertCentre, listCentres, updateCentre, type CentreRow } from './centre.repository.js';
import {
  findCommunity,
  findRegion,
  insertCommunity,
  insertRegion,
  listCommunities,
  listRegions,
  type CommunityRow,
  type RegionRow,
} from './region.repository.js';

/**
 * Whether the actor may read a centre: its own staff, the observer of its region, the platform admin.
 * Everybody else gets `not_found`, as for a centre that does not exist.
 */
export function canReadCentre(actor: Actor, centre: Pick<CentreRow, 'id' | 'regionId'>): boolean {
  if (hasRole(actor, 'platform_admin')) return true;
  if (actor.centreId === centre.id) return true;
  return hasRole(actor, 'regional_observer') && actor.regionId === centre.regionId;
}

export async function getCentre(db: Db, actor: Actor, id: string): Promise<CentreRow> {
  const centre = await findCentre(db, id);
  if (!centre || !canReadCentre(actor, centre)) throw problem('not_found');
  return centre;
}

/** The centres the actor can see: its own, its region's (observer), or all (platform admin). */
export async function listVisibleCentres(db: Db, actor: Actor): Promise<CentreRow[]> {
  if (hasRole(actor, 'platform_admin')) return listCentres(db);
  if (hasRole(actor, 'regional_observer') && actor.regionId)
    return listCentres(db, { regionId: actor.regionId });
  if (!actor.centreId) return [];
  const own = await findCentre(db, actor.centreId);
  return own ? [own] : [];
}

/** A head changes the settings of their own centre; a platform admin of any. */
export async function updateCentreSettings(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateCentreBody,
): Promise<CentreRow> {
  return inTransaction(db, async (tx) => {
    const centre = await findCentre(tx, id);
    if (!centre || !canReadCentre(actor, centre)) throw problem('not_found');
    const isHead = actor.centreId === id && hasRole(actor, 'head');
    if (!isHead && !hasRole(actor, 'platform_admin')) throw problem('forbidden');
    const { version, ...changes } = body;
    const updated = await updateCentre(tx, id, version, changes);
    if (!updated) throw problem('conflict');
    await audit(
      tx,
      actor,
      'centre.updated',
      { type: 'centre', id, centreId: id },
      { fields: Object.keys(changes) },
    );
    await recordChange(tx, { centreId: id, entity: 'centre', entityId: id, op: 'upsert' });
    const fresh = await findCentre(tx, id);
    if (!fresh) throw problem('not_found');
    return fresh;
  });
}

export async function listVisibleRegions(db: Db, actor: Actor): Promise<RegionRow[]> {
  const regions = await listRegions(db);
  if (hasRole(actor, 'platform_admin')) return regions;
  const centres = await listVisibleCentres(db, actor);
  const visible = new Set([actor.regionId, ...centres.map((c) => c.regionId)]);
  return regions.filter((region) => visible.has(region.id));
}

export async function createRegion(
  db: Db,
  actor: Actor,
  body: z.infer<typeof CreateRegionBody>,
): Promise<RegionRow> {
  assertRole(actor, 'platform_admin');
  const region = { id: uuidv7(), name: body.name, nameEn: body.nameEn ?? null };
  await inTransaction(db, async (tx) => {
    await insertRegion(tx, region);
    await audit(tx, actor, 'region.created', { type: 'region', id: region.id, centreId: null });
  });
  return region;
}

export async function listVisibleCommunities(db: Db, actor: Actor): Promise<CommunityRow[]> {
  if (hasRole(actor, 'platform_admin')) return listCommunities(db);
  const centres = await listVisibleCentres(db, actor);
  const ids = new Set(centres.map((c) => c.communityId));
  return (await listCommunities(db)).filter((community) => ids.has(community.id));
}

export async function createCommunity(
  db: Db,
  actor: Actor,
  body: z.infer<typeof CreateCommunityBody>,
): Promise<CommunityRow> {
  assertRole(actor, 'platform_admin');
  if (!(await findRegion(db, body.regionId))) throw problem('not_found');
  const community = { id: uuidv7(), regionId: body.regionId, name: body.name, katotth: body.katotth ?? null };
  await inTransaction(db, async (tx) => {
    await insertCommunity(tx, community);
    await audit(tx, actor, 'community.created', { type: 'community', id: community.id, centreId: null });
  });
  return community;
}

/** A platform admin opens a new centre in a community; its head is then added as staff. */
export async function createCentre(
  db: Db,
  actor: Actor,
  body: z.infer<typeof CreateCentreBody>,
): Promise<CentreRow> {
  assertRole(actor, 'platform_admin');
  if (!(await findCommunity(db, body.communityId))) throw problem('not_found');
  const id = uuidv7();
  return inTransaction(db, async (tx) => {
    await insertNewCentre(tx, { id, ...body, workingHours: DEFAULT_WORKING_HOURS });
    await audit(tx, actor, 'centre.created', { type: 'centre', id, centreId: id });
    const centre = await findCentre(tx, id);
    if (!centre) throw problem('not_found');
    return centre;
  });
}

/** Inserts a centre, turning a taken code or slug into its catalogued error. */
export async function insertNewCentre(db: Db, centre: Parameters<typeof insertCentre>[1]): Promise<void> {
  try {
    await insertCentre(db, centre);
  } catch (error) {
    if (isUniqueViolation(error, 'centres_code_key')) throw problem('org.code_taken');
    if (isUniqueViolation(error, 'centres_slug_key')) throw problem('org.slug_taken');
    throw error;
  }
}
