import type { z } from 'zod';
import type { Locale, ReportExportQuery } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { reportPdf, reportXlsx } from './report-export.js';
import { centreReport } from './report.service.js';

/** The report, with the same access rules as on screen, as an XLSX or PDF file. */
export async function exportReport(
  db: Db,
  actor: Actor,
  query: z.infer<typeof ReportExportQuery>,
  locale: Locale,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const report = await centreReport(db, actor, query);
  const bytes = query.format === 'xlsx' ? await reportXlsx(report, locale) : await reportPdf(report, locale);
  const name = `report-${report.centre.slug}-${report.period.code.replace('..', '_')}.${query.format}`;
  return { bytes, fileName: name };
}
