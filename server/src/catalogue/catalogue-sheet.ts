import type { ServiceRow } from './service.repository.js';

/**
 * The catalogue as a table, one service per row, with Ukrainian headers. The documents of a service
 * share one cell, one document per line: `name | оригінал or копія | note`.
 */
export const CATALOGUE_COLUMNS = [
  { key: 'code', header: 'Код' },
  { key: 'name', header: 'Назва' },
  { key: 'nameEn', header: 'Назва англійською' },
  { key: 'provider', header: 'Суб’єкт надання' },
  { key: 'fieldDeliverable', header: 'Виїзне надання' },
  { key: 'fee', header: 'Вартість, грн' },
  { key: 'recipient', header: 'Отримувач' },
  { key: 'iban', header: 'IBAN' },
  { key: 'recipientCode', header: 'Код отримувача' },
  { key: 'purpose', header: 'Призначення платежу' },
  { key: 'termDays', header: 'Строк, днів' },
  { key: 'termKind', header: 'Вид строку' },
  { key: 'estimatedMinutes', header: 'Хвилин на візит' },
  { key: 'documents', header: 'Документи' },
  { key: 'demonstration', header: 'Демонстраційні дані' },
  { key: 'active', header: 'Активна' },
] as const;
export type ColumnKey = (typeof CATALOGUE_COLUMNS)[number]['key'];

const YES = 'так';
const NO = 'ні';
const TERM_KIND_WORDS = { calendar: 'календарні', working: 'робочі', law: 'за законом' } as const;
const FORM_WORDS = { original: 'оригінал', copy: 'копія' } as const;

/** A service as the cells of its row, in column order. */
export function serviceCells(s: ServiceRow): string[] {
  const paid = s.fee.kind === 'paid' ? s.fee : null;
  const values: Record<ColumnKey, string> = {
    code: s.code,
    name: s.name,
    nameEn: s.nameEn ?? '',
    provider: s.provider,
    fieldDeliverable: s.fieldDeliverable ? YES : NO,
    fee: paid ? (paid.amountKopiyky / 100).toFixed(2).replace('.', ',') : '0',
    recipient: paid?.recipient ?? '',
    iban: paid?.iban ?? '',
    recipientCode: paid?.recipientCode ?? '',
    purpose: paid?.purpose ?? '',
    termDays: s.termDays === null ? '' : String(s.termDays),
    termKind: TERM_KIND_WORDS[s.termKind],
    estimatedMinutes: String(s.estimatedMinutes),
    documents: s.documents
      .map((d) => [d.name, FORM_WORDS[d.form], d.note ?? ''].join(' | ').replace(/ \| $/, ''))
      .join('\n'),
    demonstration: s.demonstration ? YES : NO,
    active: s.active ? YES : NO,
  };
  return CATALOGUE_COLUMNS.map((c) => values[c.key]);
}

/** A cell that could not be read, before the contract is even checked. */
export interface CellError {
  key: ColumnKey;
  code: string;
}

function yesNo(text: string, fallback: boolean, key: ColumnKey, errors: CellError[]): boolean {
  const t = text.trim().toLowerCase();
  if (t === '') return fallback;
  if (['так', 'yes', 'true', '1', 'y', 'т'].includes(t)) return true;
  if (['ні', 'no', 'false', '0', 'n', 'н'].includes(t)) return false;
  errors.push({ key, code: 'yes_no' });
  return fallback;
}

function integer(text: string, key: ColumnKey, errors: CellError[]): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) errors.push({ key, code: 'integer' });
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** `1 234,50` or `1234.5` hryvnias as kopiyky; null for a free service (empty or zero). */
function kopiyky(text: string, errors: CellError[]): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (t === '' || /^0+([.]0+)?$/.test(t)) return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!match) {
    errors.push({ key: 'fee', code: 'amount' });
    return null;
  }
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function documents(text: string, errors: CellError[]) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      // The name ends at the first `|`, the form at the second; the note is the rest as written.
      const [name = '', formWord = '', note = ''] = splitTwice(line);
      const form = (Object.keys(FORM_WORDS) as (keyof typeof FORM_WORDS)[]).find(
        (f) => FORM_WORDS[f] === formWord.toLowerCase() || f === formWord.toLowerCase(),
      );
      if (!form) errors.push({ key: 'documents', code: 'document_form' });
      return { name, form: form ?? 'original', note: note || null };
    });
}

function splitTwice(line: string): [string, string, string] {
  const first = line.indexOf('|');
  if (first < 0) return [line.trim(), '', ''];
  const second = line.indexOf('|', first + 1);
  if (second < 0) return [line.slice(0, first).trim(), line.slice(first + 1).trim(), ''];
  return [line.slice(0, first).trim(), line.slice(first + 1, second).trim(), line.slice(second + 1).trim()];
}

/** A row's cells (by column) as a service body for the contract to check, and cells it could not read. */
export function serviceDraft(cells: Record<ColumnKey, string>): { draft: unknown; errors: CellError[] } {
  const errors: CellError[] = [];
  const amount = kopiyky(cells.fee, errors);
  const kindWord = cells.termKind.trim().toLowerCase();
  const termKind =
    kindWord === ''
      ? 'calendar'
      : (Object.keys(TERM_KIND_WORDS) as (keyof typeof TERM_KIND_WORDS)[]).find(
          (k) => TERM_KIND_WORDS[k] === kindWord || k === kindWord,
        );
  if (!termKind) errors.push({ key: 'termKind', code: 'term_kind' });
  const draft = {
    code: cells.code,
    name: cells.name,
    nameEn: cells.nameEn.trim() || null,
    provider: cells.provider,
    fieldDeliverable: yesNo(cells.fieldDeliverable, true, 'fieldDeliverable', errors),
    fee:
      amount === null
        ? { kind: 'free' }
        : {
            kind: 'paid',
            amountKopiyky: amount,
            recipient: cells.recipient,
            iban: cells.iban,
            recipientCode: cells.recipientCode,
            purpose: cells.purpose,
          },
    termDays: integer(cells.termDays, 'termDays', errors),
    termKind: termKind ?? 'calendar',
    documents: documents(cells.documents, errors),
    estimatedMinutes: integer(cells.estimatedMinutes, 'estimatedMinutes', errors),
    demonstration: yesNo(cells.demonstration, false, 'demonstration', errors),
    active: yesNo(cells.active, true, 'active', errors),
  };
  return { draft, errors };
}

/** The column a contract path belongs to (`fee.iban` → `iban`, `documents.2.name` → `documents`). */
export function columnOfPath(path: readonly PropertyKey[]): ColumnKey {
  const [first, second] = path.map(String);
  if (first === 'fee') {
    if (second === 'amountKopiyky' || second === undefined || second === 'kind') return 'fee';
    return second as ColumnKey;
  }
  return (CATALOGUE_COLUMNS.find((c) => c.key === first)?.key ?? 'code') as ColumnKey;
}
