import {
  issuesToDetails,
  nameKey,
  problem,
  ServiceBody,
  uuidv7,
  type Locale,
  type ProblemDetail,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { recordChange } from '../sync/change-log.js';
import { inTransaction } from '../db/transaction.js';
import {
  CATALOGUE_COLUMNS,
  columnOfPath,
  serviceCells,
  serviceDraft,
  type ColumnKey,
} from './catalogue-sheet.js';
import { insertService, listServices, updateService } from './service.repository.js';
import { saveService, serviceFrom } from './service.service.js';
import { readTable, writeTable, type SheetFormat } from './spreadsheet.js';

const CELL_ERRORS: Record<string, Record<Locale, string>> = {
  yes_no: { uk: 'Напишіть «так» або «ні».', en: 'Write «так» (yes) or «ні» (no).' },
  integer: { uk: 'Потрібне ціле число.', en: 'A whole number is needed.' },
  amount: { uk: 'Сума в гривнях, наприклад 25 або 123,45.', en: 'An amount in hryvnias, e.g. 25 or 123.45.' },
  document_form: {
    uk: 'Кожен документ — окремим рядком: «назва | оригінал або копія | примітка».',
    en: 'One document per line: «name | оригінал or копія | note».',
  },
  term_kind: {
    uk: 'Напишіть «календарні», «робочі» або «за законом».',
    en: 'Write календарні, робочі or за законом.',
  },
  duplicate_code: {
    uk: 'Цей код уже є в іншому рядку файлу.',
    en: 'This code is already used on another row.',
  },
};

/** The centre's whole catalogue as XLSX or CSV, for the head to edit and import again. */
export async function exportCatalogue(db: Db, actor: Actor, format: SheetFormat): Promise<Buffer> {
  const services = await listServices(db, centreOf(actor), null);
  const header = CATALOGUE_COLUMNS.map((c) => c.header);
  return writeTable([header, ...services.map(serviceCells)], format, 'Послуги');
}

/**
 * Imports a catalogue file: every row is checked first, and if any cell is wrong nothing is imported
 * and each error names its row and column. A row whose code is already in the catalogue changes that
 * service (documents keep their ids by name); a new code adds a service. Head only.
 */
export async function importCatalogue(
  db: Db,
  actor: Actor,
  bytes: Buffer,
  format: SheetFormat,
): Promise<{ created: number; updated: number }> {
  const centreId = centreOf(actor, 'head');
  const rows = await readTable(bytes, format).catch(() => {
    throw problem('catalogue.import_unreadable');
  });
  const [header = [], ...data] = rows;
  const index = columnIndex(header);
  const bodies: { row: number; body: ServiceBody }[] = [];
  const details: ProblemDetail[] = [];
  const codes = new Map<string, number>();
  data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row = i + 2;
    const byKey = Object.fromEntries(
      CATALOGUE_COLUMNS.map((c) => [c.key, cells[index[c.key]] ?? '']),
    ) as Record<ColumnKey, string>;
    const { draft, errors } = serviceDraft(byKey);
    for (const e of errors)
      details.push(detail(actor.locale, row, e.key, e.code, CELL_ERRORS[e.code]![actor.locale]));
    const parsed = ServiceBody.safeParse(draft, { reportInput: true });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const [d] = issuesToDetails([issue], actor.locale);
        details.push(detail(actor.locale, row, columnOfPath(issue.path), issue.code, d?.message ?? ''));
      }
    else if (errors.length === 0) {
      const code = parsed.data.code.toLowerCase();
      if (codes.has(code))
        details.push(
          detail(actor.locale, row, 'code', 'duplicate', CELL_ERRORS.duplicate_code![actor.locale]),
        );
      codes.set(code, row);
      bodies.push({ row, body: parsed.data });
    }
  });
  if (details.length > 0) throw problem('catalogue.import_invalid', { details });
  return inTransaction(db, (tx) =>
    saveImported(
      tx,
      actor,
      centreId,
      bodies.map((b) => b.body),
    ),
  );
}

async function saveImported(tx: Db, actor: Actor, centreId: string, bodies: readonly ServiceBody[]) {
  const existing = new Map((await listServices(tx, centreId, null)).map((s) => [s.code.toLowerCase(), s]));
  let created = 0;
  let updated = 0;
  for (const body of bodies) {
    const current = existing.get(body.code.toLowerCase());
    if (!current) {
      const id = uuidv7();
      await saveService(() => insertService(tx, serviceFrom(id, centreId, body, [])));
      await audit(tx, actor, 'service.created', { type: 'service', id, centreId }, { imported: true });
      await recordChange(tx, { centreId, entity: 'service', entityId: id, op: 'upsert' });
      created++;
      continue;
    }
    const byName = new Map(current.documents.map((d) => [nameKey(d.name), d.id]));
    const withIds = {
      ...body,
      documents: body.documents.map((d) => ({ ...d, id: byName.get(nameKey(d.name)) ?? null })),
    };
    await updateService(tx, serviceFrom(current.id, centreId, withIds, current.documents), current.version);
    await recordChange(tx, { centreId, entity: 'service', entityId: current.id, op: 'upsert' });
    await audit(
      tx,
      actor,
      'service.updated',
      { type: 'service', id: current.id, centreId },
      { imported: true },
    );
    updated++;
  }
  await audit(
    tx,
    actor,
    'catalogue.imported',
    { type: 'centre', id: centreId, centreId },
    { created, updated },
  );
  return { created, updated };
}

/** Where each column is in the file, by its header; a file without every header is unreadable. */
function columnIndex(header: readonly string[]): Record<ColumnKey, number> {
  const normalised = header.map((h) => nameKey(h));
  const index = {} as Record<ColumnKey, number>;
  const missing: ProblemDetail[] = [];
  for (const column of CATALOGUE_COLUMNS) {
    const at = normalised.indexOf(nameKey(column.header));
    if (at < 0) missing.push({ path: `header.${column.key}`, code: 'missing', message: column.header });
    index[column.key] = at;
  }
  if (missing.length > 0) throw problem('catalogue.import_unreadable', { details: missing });
  return index;
}

/** An error of one cell: the path says row and column; the message names them as the file shows them. */
function detail(locale: Locale, row: number, key: ColumnKey, code: string, message: string): ProblemDetail {
  const header = CATALOGUE_COLUMNS.find((c) => c.key === key)!.header;
  const where = locale === 'uk' ? `Рядок ${row}, «${header}»` : `Row ${row}, «${header}»`;
  return { path: `rows.${row}.${key}`, code, message: `${where}: ${message}` };
}
