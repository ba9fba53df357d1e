import { problem, uuidv7, type ServiceBody, type UpdateServiceBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { recordChange } from '../sync/change-log.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import type { StoredDocument } from './catalogue.tables.js';
import {
  findService,
  insertService,
  listServices,
  updateService,
  type ServiceRow,
} from './service.repository.js';

/** Every member of a centre's staff reads its catalogue; only the head changes it. */
export async function listCentreServices(
  db: Db,
  actor: Actor,
  active: 'true' | 'false' | 'all',
): Promise<ServiceRow[]> {
  return listServices(db, centreOf(actor), active === 'all' ? null : active === 'true');
}

/** One service of the actor's centre; another centre's is `not_found`. */
export async function getService(db: Db, actor: Actor, id: string): Promise<ServiceRow> {
  const service = await findService(db, id);
  assertSameCentre(actor, service?.centreId);
  return service!;
}

/** The head adds a service to the catalogue. */
export async function createService(db: Db, actor: Actor, body: ServiceBody): Promise<ServiceRow> {
  const centreId = centreOf(actor, 'head');
  const service = serviceFrom(uuidv7(), centreId, body, []);
  await inTransaction(db, async (tx) => {
    await saveService(() => insertService(tx, service));
    await audit(tx, actor, 'service.created', { type: 'service', id: service.id, centreId });
    await recordChange(tx, { centreId, entity: 'service', entityId: service.id, op: 'upsert' });
  });
  return { ...service, version: 1 };
}

/** The head changes a service that is still at the version they read (`conflict` otherwise). */
export async function changeService(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateServiceBody,
): Promise<ServiceRow> {
  return inTransaction(db, async (tx) => {
    const existing = await findService(tx, id);
    assertSameCentre(actor, existing?.centreId);
    assertRole(actor, 'head');
    const service = serviceFrom(id, existing!.centreId, body, existing!.documents);
    const saved = await saveService(() => updateService(tx, service, body.version));
    if (!saved) throw problem('conflict');
    await audit(tx, actor, 'service.updated', { type: 'service', id, centreId: service.centreId });
    await recordChange(tx, { centreId: service.centreId, entity: 'service', entityId: id, op: 'upsert' });
    return { ...service, version: body.version + 1 };
  });
}

/**
 * A service row from a body. A document keeps its id when the body names one of the service's
 * current documents, so that requests which confirmed it keep pointing at it.
 */
export function serviceFrom(
  id: string,
  centreId: string,
  body: ServiceBody,
  current: readonly StoredDocument[],
): ServiceRow {
  const known = new Set(current.map((d) => d.id));
  return {
    id,
    centreId,
    code: body.code,
    name: body.name,
    nameEn: body.nameEn ?? null,
    provider: body.provider,
    fieldDeliverable: body.fieldDeliverable,
    fee: body.fee,
    termDays: body.termDays,
    termKind: body.termKind,
    documents: body.documents.map((d) => ({
      id: d.id && known.has(d.id) ? d.id : uuidv7(),
      name: d.name,
      form: d.form,
      note: d.note ?? null,
    })),
    estimatedMinutes: body.estimatedMinutes,
    demonstration: body.demonstration,
    active: body.active,
    version: 0,
  };
}

/** Runs a write and turns a duplicate code into `catalogue.code_taken`. */
export async function saveService<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'services_centre_id_code_key'))
      throw problem('catalogue.code_taken', { details: [{ path: 'code', code: 'taken' }] });
    throw error;
  }
}
