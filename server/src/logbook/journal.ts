import { formatDate, forwardedLate, wallClockAt, type IsoDate } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { journalRecords, type JournalRecord } from './logbook-list.repository.js';
import type { JournalTexts } from './journal.texts.js';
import { presentDocuments, presentRepresentative } from './logbook.presenter.js';

/** The most rows one export holds; longer periods are exported in parts. */
export const JOURNAL_MAX_ROWS = 50_000;

/** Relative widths of the thirteen columns of the paper journal (the PDF and the spreadsheet). */
export const JOURNAL_COLUMN_WEIGHTS = [3, 11, 8, 11, 10, 9, 5, 6, 8, 6, 9, 6, 8] as const;

const HOUR = 3_600_000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Formats instants as `formatDateTime` does (dd.mm.yyyy hh:mm, Kyiv time) for thousands of rows:
 * Kyiv's offset from UTC only changes on the hour, so the time zone is asked once per UTC hour and
 * the rest is arithmetic (asking it per instant was most of a large export's time).
 */
export function journalClock(): (d: Date | null) => string {
  const offsets = new Map<number, number>();
  return (d) => {
    if (!d) return '';
    const hour = Math.floor(d.getTime() / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const w = wallClockAt(new Date(hour * HOUR));
      offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - hour * HOUR;
      offsets.set(hour, offset);
    }
    const local = new Date(d.getTime() + offset);
    return `${pad2(local.getUTCDate())}.${pad2(local.getUTCMonth() + 1)}.${String(local.getUTCFullYear()).padStart(4, '0')} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
  };
}
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
  const at = journalClock();
  records.forEach((r, index) => rows.push(journalRow(index + 1, r, today, T, at)));
  return rows;
}

function journalRow(
  n: number,
  line: JournalRecord,
  today: IsoDate,
  T: JournalTexts,
  at: (d: Date | null) => string,
): string[] {
  const rep = presentRepresentative(line.representative);
  const docs = presentDocuments(line.documents);
  const forwarded = record(line.forwarded);
  const decision = record(line.decided);
  const delivered = record(line.delivered);
  // A corrected entry is no longer worked on: its correction carries the deadlines.
  const worked = line.status !== 'corrected';
  const lateForward = worked && !line.forwardedAt && line.forwardBy < today;
  const lateProvider = line.status === 'forwarded' && line.providerDue < today;
  return [
    String(n),
    [
      line.number,
      at(line.receivedAt),
      line.correctsNumber ? T.corrects(line.correctsNumber) : '',
      line.correctedByNumber ? T.correctedBy(line.correctedByNumber) : '',
    ]
      .filter(Boolean)
      .join('\n'),
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
