import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { neutraliseFormula } from '../catalogue/cell-safety.js';
import { JOURNAL_COLUMN_WEIGHTS } from './journal.js';

/** Spreadsheet characters per unit of column weight: the thirteen columns span about 220. */
const CHARS_PER_WEIGHT = 2.2;

/**
 * The journal as one XLSX sheet in the layout of the paper logbook: the header in bold and frozen,
 * the columns as wide as the printed journal's, text wrapped at the top of each cell, A4 landscape
 * fitted to the page width when printed. Every cell is text; text a spreadsheet would run as a
 * formula gets a leading apostrophe. Written by exceljs' streaming writer row by row (the document
 * writer keeps a model of every cell and took tens of seconds for ten thousand rows).
 */
export async function journalXlsx(rows: readonly (readonly string[])[], sheetName: string): Promise<Buffer> {
  const { default: Excel } = (await import('exceljs')) as { default: typeof ExcelJS };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Valiza';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = JOURNAL_COLUMN_WEIGHTS.map((weight) => ({
    width: Math.round(weight * CHARS_PER_WEIGHT),
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  rows.forEach((cells, index) => {
    const row = sheet.addRow(cells.map(neutraliseFormula));
    if (index === 0) row.font = { bold: true };
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
