import {
  civilDateIn,
  daysBetween,
  formatDate,
  formatDateTime,
  problem,
  type Locale,
  type LogbookExportQuery,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import { neutraliseFormula } from '../catalogue/cell-safety.js';
import { writeCsv } from '../catalogue/csv.js';
import type { Db } from '../db/database.js';
import { journalPdf } from './journal-pdf.js';
import { journalRows } from './journal.js';
import { journalText } from './journal.texts.js';
import { journalXlsx } from './journal-xlsx.js';
import { chainPending } from './logbook-ingest.js';
import { LOGBOOK_READERS } from './logbook-policy.js';

/** The longest period one export covers. */
export const EXPORT_MAX_DAYS = 366;

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

export interface ExportFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * The journal of a period as a file: XLSX, CSV (UTF-8 with a byte order mark and `;` between
 * fields, as spreadsheet programs with Ukrainian settings expect; text that would run as a formula
 * gets an apostrophe) or a PDF laid out as the paper logbook, in the requester's language
 * (`locale`, Ukrainian by default).
 */
export async function exportLogbook(
  db: Db,
  actor: Actor,
  query: LogbookExportQuery,
  locale: Locale = 'uk',
  now = new Date(),
): Promise<ExportFile> {
  const T = journalText(locale);
  const centreId = centreOf(actor, ...LOGBOOK_READERS);
  if (query.to < query.from) throw problem('calendar.range_reversed');
  if (daysBetween(query.from, query.to) > EXPORT_MAX_DAYS)
    throw problem('logbook.period_too_long', { params: { days: EXPORT_MAX_DAYS } });
  await chainPending(db, centreId);
  const rows = await journalRows(db, centreId, query, civilDateIn(now), T);
  const centre = await db
    .selectFrom('centres')
    .select(['name', 'code'])
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  let bytes: Buffer;
  if (query.format === 'csv')
    bytes = Buffer.from(
      writeCsv(
        rows.map((r) => r.map(neutraliseFormula)),
        ';',
      ),
      'utf8',
    );
  else if (query.format === 'xlsx') bytes = await journalXlsx(rows, T.sheet);
  else
    bytes = Buffer.from(
      await journalPdf(
        rows,
        {
          centreName: centre.name,
          period: T.period(formatDate(query.from), formatDate(query.to)),
          printedAt: formatDateTime(now),
        },
        locale,
      ),
    );
  await audit(
    db,
    actor,
    'logbook.exported',
    { type: 'centre', id: centreId, centreId },
    {
      format: query.format,
      from: query.from,
      to: query.to,
      rows: rows.length - 1,
    },
  );
  return {
    bytes,
    contentType: TYPES[query.format],
    fileName: `logbook-${centre.code}-${query.from}-${query.to}.${query.format}`,
  };
}
