import { sql, type SqlBool, type Expression } from 'kysely';
import { nameKey, normalisePhone } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { likeLiteral } from '../db/like.js';

/**
 * How typed search text is understood: a whole phone number matches exactly, four or more digits
 * match the end of a number, anything else matches words of a name (or a near spelling of it) or of
 * an address.
 */
export type SearchTerm =
  | { kind: 'phone'; phone: string }
  | { kind: 'phone_suffix'; digits: string }
  | { kind: 'text'; key: string; words: string[] };

export function parseSearch(q: string | undefined): SearchTerm | null {
  const text = q?.trim() ?? '';
  if (!text) return null;
  const phone = normalisePhone(text);
  if (phone.ok) return { kind: 'phone', phone: phone.value };
  const digits = text.replace(/[\s()+.-]/g, '');
  if (/^\d{4,}$/.test(digits)) return { kind: 'phone_suffix', digits };
  const key = nameKey(text);
  return { kind: 'text', key, words: key.split(' ').filter(Boolean) };
}

/** Phones that match a term, as a condition on a phone column. */
function phoneMatches(column: Expression<string | null>, term: SearchTerm): Expression<SqlBool> {
  if (term.kind === 'phone') return sql<SqlBool>`${column} = ${term.phone}`;
  return sql<SqlBool>`${column} LIKE ${'%' + likeLiteral(term.kind === 'phone_suffix' ? term.digits : '')}`;
}

/** Every word appears in the text column. */
function allWords(column: Expression<string>, words: readonly string[]): Expression<SqlBool> {
  const parts = words.map((w) => sql<SqlBool>`${column} LIKE ${'%' + likeLiteral(w) + '%'}`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

/**
 * A condition on an applicant (aliased `a`) for a search: by their name, their phones, the phones of
 * people who called for them, or the addresses of their requests.
 */
export function applicantMatches(term: SearchTerm): Expression<SqlBool> {
  if (term.kind !== 'text') {
    const own = phoneMatches(sql.ref('p.phone'), term);
    const caller = phoneMatches(sql.ref('r.requester_phone'), term);
    return sql<SqlBool>`(
      EXISTS (SELECT 1 FROM applicant_phones p WHERE p.applicant_id = a.id AND ${own})
      OR EXISTS (SELECT 1 FROM requests r WHERE r.applicant_id = a.id AND ${caller}))`;
  }
  return sql<SqlBool>`(
    ${allWords(sql.ref('a.name_key'), term.words)}
    OR similarity(a.name_key, ${term.key}) > 0.4
    OR EXISTS (SELECT 1 FROM requests r WHERE r.applicant_id = a.id
               AND ${allWords(sql.ref('r.address_search'), term.words)}))`;
}

/** A page of a centre's applicants (merged ones left out), by name, with the search applied. */
export async function searchApplicantIds(
  db: Db,
  centreId: string,
  term: SearchTerm | null,
  page: { cursor?: string | undefined; limit: number },
): Promise<string[]> {
  let query = db
    .selectFrom('applicants as a')
    .select('a.id')
    .where('a.centre_id', '=', centreId)
    .where('a.merged_into', 'is', null);
  if (term) query = query.where(applicantMatches(term));
  if (page.cursor)
    query = query.where(
      sql<SqlBool>`(a.name_key, a.id) > (SELECT name_key, id FROM applicants WHERE id = ${page.cursor})`,
    );
  const rows = await query.orderBy('a.name_key').orderBy('a.id').limit(page.limit).execute();
  return rows.map((r) => r.id);
}

/** For each applicant: the address of the newest request and how many requests are still open. */
export async function applicantSummaries(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { lastAddress: AddressRow | null; openRequests: number }>> {
  const map = new Map<string, { lastAddress: AddressRow | null; openRequests: number }>();
  if (ids.length === 0) return map;
  const latest = await db
    .selectFrom('requests as r')
    .leftJoin('localities as l', 'l.id', 'r.locality_id')
    .distinctOn('r.applicant_id')
    .select([
      'r.applicant_id as applicantId',
      sql<string | null>`coalesce(l.name, r.locality_name)`.as('localityName'),
      'r.street',
      'r.building',
      'r.apartment',
    ])
    .where('r.applicant_id', 'in', ids)
    .orderBy('r.applicant_id')
    .orderBy('r.id', 'desc')
    .execute();
  const open = await db
    .selectFrom('requests')
    .select(['applicant_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applicant_id', 'in', ids)
    .where('state', 'in', ['new', 'eligible', 'scheduled'])
    .groupBy('applicant_id')
    .execute();
  const openBy = new Map(open.map((o) => [o.applicant_id, Number(o.n)]));
  for (const id of ids) map.set(id, { lastAddress: null, openRequests: openBy.get(id) ?? 0 });
  for (const row of latest) map.get(row.applicantId)!.lastAddress = row;
  return map;
}

export interface AddressRow {
  localityName: string | null;
  street: string | null;
  building: string | null;
  apartment: string | null;
}
