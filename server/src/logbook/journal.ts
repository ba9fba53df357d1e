import { formatDate, formatDateTime, forwardedLate, type IsoDate } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { journalRecords, type JournalRecord } from './logbook-list.repository.js';
import type { JournalTexts } from './journal.texts.js';
import { presentDocuments } from './logbook.presenter.js';

/** The most rows one export holds; longer periods are exported in parts. */
export const JOURNAL_MAX_ROWS = 50_000;

/** Relative widths of the thirteen columns of the paper journal (the PDF and the spreadsheet). */
export const JOURNAL_COLUMN_WEIGHTS = [3, 11, 8, 11, 10, 9, 5, 6, 8, 6, 9, 6, 8] as const;

const at = (d: Date | null) => (d ? formatDateTime(d) : '');
const record = (value: unknown) => (value ?? undefined) as Record<string, unknown> | undefined;

/**
 * The journal of a period as rows of text, oldest receipt first, in the columns of the paper
 * logbook: one row per application with its steps, in the words of `T`. The first row is the
 * header. The rows come from one query for the whole period.
 */
export async function journalRows(
  db: Db,
  centreId: string,
  period: { from: IsoDate; to: IsoDate },
  today: IsoDate,
  T: JournalTexts,
): Promise<string[][]> {
  const records = await journalRecords(db, centreId, { ...period, today }, JOURNAL_MAX_ROWS);
  const rows: string[][] = [[...T.columns]];
  records.forEach((r, index) => rows.push(journalRow(index + 1, r, today, T)));
  return rows;
}

function journalRow(n: number, line: JournalRecord, today: IsoDate, T: JournalTexts): string[] {
  const rep = line.representative as { name?: string; relation?: string } | null | undefined;
  const docs = presentDocuments(line.documents);
  const forwarded = record(line.forwarded);
  const decision = record(line.decided);
  const delivered = record(line.delivered);
  const lateForward = !line.forwardedAt && line.forwardBy < today;
  const lateProvider = line.status === 'forwarded' && line.providerDue < today;
  return [
    String(n),
    `${line.number}\n${at(line.receivedAt)}`,
    `${T.place[line.place] ?? line.place}\n${line.administratorName}`,
    [
      line.applicantName,
      rep?.name ? `${T.representative}: ${rep.name}${rep.relation ? ` (${rep.relation})` : ''}` : '',
      line.phone ?? '',
    ]
      .filter(Boolean)
      .join('\n'),
    line.serviceName,
    line.provider,
    T.documents(
      docs.length,
      docs.reduce((sum, d) => sum + (d.pages ?? 0), 0),
    ),
    formatDate(line.forwardBy) + (lateForward ? `\n${T.overdue}` : ''),
    line.forwardedAt
      ? `${at(line.forwardedAt)}\n${T.forward[String(forwarded?.method)] ?? ''}${
          forwardedLate(line.forwardedAt, line.forwardBy) ? `\n${T.late}` : ''
        }`
      : '',
    formatDate(line.providerDue) + (lateProvider ? `\n${T.overdue}` : ''),
    line.decision
      ? `${T.decision[line.decision]}${decision?.reason ? `: ${String(decision.reason)}` : ''}\n${at(line.decidedAt)}`
      : '',
    at(line.resultReceivedAt),
    line.deliveredAt
      ? `${at(line.deliveredAt)}\n${T.delivery[String(delivered?.method)] ?? ''}${
          delivered?.trackingNumber ? `, ${T.tracking} ${String(delivered.trackingNumber)}` : ''
        }`
      : '',
  ];
}
