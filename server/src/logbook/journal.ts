import { formatDate, formatDateTime, forwardedLate, type IsoDate } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { journalLines, type LineRow } from './logbook-list.repository.js';
import { eventsOf, type EventRow } from './logbook.repository.js';
import { JOURNAL_TEXT as T } from './journal.texts.js';
import { presentDocuments } from './logbook.presenter.js';

/** The most rows one export holds; longer periods are exported in parts. */
export const JOURNAL_MAX_ROWS = 50_000;
const CHUNK = 1000;

const at = (d: Date | null) => (d ? formatDateTime(d) : '');

function lastOf(events: readonly EventRow[], kind: string): Record<string, unknown> | undefined {
  return events.filter((e) => e.kind === kind).at(-1)?.content as Record<string, unknown> | undefined;
}

async function extrasOf(db: Db, ids: readonly string[]) {
  const [apps, phones] = await Promise.all([
    db
      .selectFrom('applications')
      .select(['id', 'representative', 'documents', 'applicant_id'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('applicant_phones as ph')
      .innerJoin('applications as a', 'a.applicant_id', 'ph.applicant_id')
      .select(['a.id', 'ph.phone'])
      .where('a.id', 'in', ids)
      .where('ph.position', '=', 0)
      .execute(),
  ]);
  return {
    apps: new Map(apps.map((a) => [a.id, a])),
    phones: new Map(phones.map((p) => [p.id, p.phone])),
  };
}

/**
 * The journal of a period as rows of text, oldest receipt first, in the columns of the paper
 * logbook: one row per application with its steps. The first row is the header.
 */
export async function journalRows(
  db: Db,
  centreId: string,
  period: { from: IsoDate; to: IsoDate },
  today: IsoDate,
): Promise<string[][]> {
  const lines = await journalLines(db, centreId, { ...period, today }, JOURNAL_MAX_ROWS);
  const rows: string[][] = [[...T.columns]];
  for (let i = 0; i < lines.length; i += CHUNK) {
    const chunk = lines.slice(i, i + CHUNK);
    const ids = chunk.map((l) => l.id);
    const [events, extras] = await Promise.all([eventsOf(db, ids), extrasOf(db, ids)]);
    const byEntry = new Map<string, EventRow[]>();
    for (const e of events) byEntry.set(e.application_id, [...(byEntry.get(e.application_id) ?? []), e]);
    chunk.forEach((line, index) =>
      rows.push(journalRow(i + index + 1, line, byEntry.get(line.id) ?? [], extras, today)),
    );
  }
  return rows;
}

function journalRow(
  n: number,
  line: LineRow,
  events: readonly EventRow[],
  extras: Awaited<ReturnType<typeof extrasOf>>,
  today: IsoDate,
): string[] {
  const app = extras.apps.get(line.id);
  const rep = app?.representative as { name?: string; relation?: string } | null | undefined;
  const docs = presentDocuments(app?.documents);
  const forwarded = lastOf(events, 'forwarded');
  const decision = lastOf(events, 'decision');
  const delivered = lastOf(events, 'delivered');
  const phone = extras.phones.get(line.id);
  const lateForward = !line.forwardedAt && line.forwardBy < today;
  const lateProvider = line.status === 'forwarded' && line.providerDue < today;
  return [
    String(n),
    `${line.number}\n${at(line.receivedAt)}`,
    `${T.place[line.place] ?? line.place}\n${line.administratorName}`,
    [
      line.applicantName,
      rep?.name ? `${T.representative}: ${rep.name}${rep.relation ? ` (${rep.relation})` : ''}` : '',
      phone ?? '',
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
