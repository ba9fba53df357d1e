import { sql } from 'kysely';
import type { ServiceFee } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import type { StoredDocument } from './catalogue.tables.js';

export interface ServiceRow {
  id: string;
  centreId: string;
  code: string;
  name: string;
  nameEn: string | null;
  provider: string;
  fieldDeliverable: boolean;
  fee: ServiceFee;
  termDays: number | null;
  termKind: 'working' | 'calendar' | 'law';
  documents: StoredDocument[];
  estimatedMinutes: number;
  demonstration: boolean;
  active: boolean;
  version: number;
}

function selectServices(db: Db) {
  return db.selectFrom('services').selectAll();
}

type Raw = Awaited<ReturnType<ReturnType<typeof selectServices>['executeTakeFirstOrThrow']>>;

function toRow(r: Raw): ServiceRow {
  const fee: ServiceFee =
    r.fee_kopiyky === null
      ? { kind: 'free' }
      : {
          kind: 'paid',
          amountKopiyky: r.fee_kopiyky,
          recipient: r.fee_recipient ?? '',
          iban: r.fee_iban ?? '',
          recipientCode: r.fee_recipient_code ?? '',
          purpose: r.fee_purpose ?? '',
        };
  return {
    id: r.id,
    centreId: r.centre_id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    provider: r.provider,
    fieldDeliverable: r.field_deliverable,
    fee,
    termDays: r.term_days,
    termKind: r.term_kind as ServiceRow['termKind'],
    documents: r.documents,
    estimatedMinutes: r.estimated_minutes,
    demonstration: r.demonstration,
    active: r.active,
    version: r.version,
  };
}

function columns(s: ServiceRow) {
  const paid = s.fee.kind === 'paid' ? s.fee : null;
  return {
    code: s.code,
    name: s.name,
    name_en: s.nameEn,
    provider: s.provider,
    field_deliverable: s.fieldDeliverable,
    fee_kopiyky: paid?.amountKopiyky ?? null,
    fee_recipient: paid?.recipient ?? null,
    fee_iban: paid?.iban ?? null,
    fee_recipient_code: paid?.recipientCode ?? null,
    fee_purpose: paid?.purpose ?? null,
    term_days: s.termDays,
    term_kind: s.termKind,
    documents: json(s.documents),
    estimated_minutes: s.estimatedMinutes,
    demonstration: s.demonstration,
    active: s.active,
  };
}

/** A centre's services by name; `active` null lists all. */
export async function listServices(db: Db, centreId: string, active: boolean | null): Promise<ServiceRow[]> {
  let query = selectServices(db).where('centre_id', '=', centreId);
  if (active !== null) query = query.where('active', '=', active);
  return (await query.orderBy('name').orderBy('id').execute()).map(toRow);
}

export async function findService(db: Db, id: string): Promise<ServiceRow | undefined> {
  const row = await selectServices(db).where('id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/** Services of one centre by id; ids of other centres are left out. */
export async function findServicesOfCentre(
  db: Db,
  centreId: string,
  ids: readonly string[],
): Promise<ServiceRow[]> {
  if (ids.length === 0) return [];
  const rows = await selectServices(db).where('centre_id', '=', centreId).where('id', 'in', ids).execute();
  return rows.map(toRow);
}

export async function insertService(db: Db, s: ServiceRow): Promise<void> {
  await db
    .insertInto('services')
    .values({ id: s.id, centre_id: s.centreId, ...columns(s) })
    .execute();
}

/** Writes a service if it is still at `version`; answers whether it was. */
export async function updateService(db: Db, s: ServiceRow, version: number): Promise<boolean> {
  const result = await db
    .updateTable('services')
    .set({ ...columns(s), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', s.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
