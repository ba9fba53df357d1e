import type ExcelJS from 'exceljs';
import { neutraliseFormula, restoreFormulaText } from './cell-safety.js';
import { parseCsv, writeCsv } from './csv.js';

export type SheetFormat = 'xlsx' | 'csv';

/** exceljs is loaded on first use: it is large, and most server starts never touch a spreadsheet. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/**
 * Writes a table (a header row, then data) as XLSX or CSV. Every cell is text, and text that a
 * spreadsheet program would run as a formula gets a leading apostrophe.
 */
export async function writeTable(
  rows: readonly (readonly string[])[],
  format: SheetFormat,
  sheetName: string,
): Promise<Buffer> {
  const safe = rows.map((row) => row.map(neutraliseFormula));
  if (format === 'csv') return Buffer.from(writeCsv(safe), 'utf8');
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Valiza';
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of safe) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...safe.map((row) => Math.max(...(row[index] ?? '').split('\n').map((l) => l.length))),
    );
    column.width = Math.min(60, Math.max(10, longest + 2));
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the first sheet of an XLSX file, or a CSV file, into rows of text cells. */
export async function readTable(bytes: Buffer, format: SheetFormat): Promise<string[][]> {
  if (format === 'csv') return parseCsv(bytes.toString('utf8')).map((row) => row.map(restoreFormulaText));
  const workbook = new (await excel()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++)
      cells.push(cellText(row.getCell(c)));
    rows.push(cells.map(restoreFormulaText));
  }
  return rows;
}

/** The text of a cell; a formula counts by its stored result, never by running it. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'formula' in value) return String(value.result ?? '');
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((p) => p.text).join('');
  return cell.text;
}
