import { randomBytes } from 'node:crypto';
import { DEFAULT_WORKING_HOURS, uuidv7, type Role } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { actorFor } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import type { Db } from '../db/database.js';
import { insertCentre } from '../org/centre.repository.js';
import { insertKit } from '../org/kit.repository.js';
import { insertLocality } from '../org/locality.repository.js';
import { insertOutreachPoint } from '../org/outreach-point.repository.js';
import { insertPerson } from '../org/person.repository.js';
import { insertCommunity, insertRegion } from '../org/region.repository.js';

/** The password of every person the factories make. */
export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;

const unique = (): string => randomBytes(4).toString('hex');

export interface TestCentre {
  id: string;
  code: string;
  slug: string;
  communityId: string;
  regionId: string;
  localityIds: string[];
  kitId: string;
  outreachPointId: string;
}

/**
 * A centre of its own for one test: a region, a community with two localities (one remote), a kit and
 * an outreach point. Pass `regionId` to put two centres in one region.
 */
export async function makeCentre(db: Db, options: { regionId?: string } = {}): Promise<TestCentre> {
  const tag = unique();
  const regionId = options.regionId ?? uuidv7();
  if (!options.regionId) await insertRegion(db, { id: regionId, name: `Область ${tag}`, nameEn: null });
  const communityId = uuidv7();
  await insertCommunity(db, { id: communityId, regionId, name: `Громада ${tag}`, katotth: null });
  const id = uuidv7();
  const code = `T${tag.slice(0, 5).toUpperCase()}`;
  const slug = `centre-${tag}`;
  await insertCentre(db, {
    id,
    communityId,
    code,
    slug,
    name: `ЦНАП ${tag}`,
    workingHours: DEFAULT_WORKING_HOURS,
  });
  const localityIds = [uuidv7(), uuidv7()];
  await insertLocality(db, {
    id: localityIds[0]!,
    communityId,
    name: `Місто ${tag}`,
    katotth: null,
    lat: 48.5,
    lon: 34.6,
    remote: false,
  });
  await insertLocality(db, {
    id: localityIds[1]!,
    communityId,
    name: `Село ${tag}`,
    katotth: null,
    lat: 48.4,
    lon: 34.7,
    remote: true,
  });
  const kitId = uuidv7();
  await insertKit(db, {
    id: kitId,
    centreId: id,
    code: `K-${tag}`,
    inventoryNumber: null,
    components: [],
    notes: null,
    active: true,
  });
  const outreachPointId = uuidv7();
  await insertOutreachPoint(db, {
    id: outreachPointId,
    centreId: id,
    name: `Пункт ${tag}`,
    address: `вул. Центральна, ${tag}`,
    localityId: localityIds[1]!,
    usualHours: null,
    lat: 48.4,
    lon: 34.7,
    active: true,
  });
  return { id, code, slug, communityId, regionId, localityIds, kitId, outreachPointId };
}

export interface TestPerson {
  actor: Actor;
  login: string;
  password: string;
}

/** A person of a centre (or a region, or the platform) with the given roles, ready to act or sign in. */
export async function makePerson(
  db: Db,
  place: { centreId?: string | null; regionId?: string | null },
  roles: Role[],
): Promise<TestPerson> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = uuidv7();
  const login = `p.${unique()}`;
  await insertPerson(
    db,
    {
      id,
      centreId: place.centreId ?? null,
      regionId: place.regionId ?? null,
      name: `Особа ${login}`,
      login,
      passwordHash: await passwordHash,
    },
    roles,
  );
  const actor = await actorFor(db, id, null);
  if (!actor) throw new Error('The test person was not created.');
  return { actor, login, password: TEST_PASSWORD };
}

/** A centre with a head, an operator and a field administrator — the usual cast of a test. */
export async function makeCentreWithStaff(db: Db, options: { regionId?: string } = {}) {
  const centre = await makeCentre(db, options);
  const [head, operator, administrator] = await Promise.all([
    makePerson(db, { centreId: centre.id }, ['head']),
    makePerson(db, { centreId: centre.id }, ['operator']),
    makePerson(db, { centreId: centre.id }, ['administrator']),
  ]);
  return { centre, head, operator, administrator };
}
